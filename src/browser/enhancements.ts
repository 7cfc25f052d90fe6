// The enhancements a page loads on demand (on-demand.ts), by their modules' names. Each module is
// named once: `import()` here gives both its type and, in the build, the URL of its own chunk
// (src/integrations/on-demand-chunks.ts turns each of these imports into an import of that URL).
// The parts that only some pages have are in a map of their own (page-parts.ts), so that
// reading pages, whose first view carries this map, do not carry those pages' URLs.
const ENHANCEMENTS = {
  highlight: () => import('./highlight'),
  'page-parts': () => import('./page-parts'),
  reading: () => import('./reading'),
  'search-ui': () => import('./search-ui'),
  'section-controls': () => import('./section-controls'),
};

/** The module each enhancement loads. */
export type Enhancements = { [Name in keyof typeof ENHANCEMENTS]: Awaited<ReturnType<(typeof ENHANCEMENTS)[Name]>> };

/** Imports the enhancement `name` (the browser imports a module once, however often it is asked for). */
export function enhancement<Name extends keyof Enhancements>(name: Name): Promise<Enhancements[Name]> {
  return ENHANCEMENTS[name]() as Promise<Enhancements[Name]>;
}
