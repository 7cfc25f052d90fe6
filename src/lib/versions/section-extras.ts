/**
 * What a policy page hands to its section headings (through `Astro.locals`, since
 * MDX renders the headings and passes them only the heading's own attributes).
 */
export interface SectionExtras {
  /** The permanent page of the version shown (with the base path), for the citation link. */
  permanentPath: string;
  /** The history line under each section heading that has one, by section id. */
  history: Record<string, { text: string; href: string }>;
}
