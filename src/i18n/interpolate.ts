// Kept apart from the dictionaries so that browser scripts can use it without bundling them.

/** Fills `{name}` placeholders in a UI string: `interpolate('Version {v}', { v: '2025' })`. Unknown placeholders stay as written. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
