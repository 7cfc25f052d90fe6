// The enhancements a page loads on demand (on-demand.ts), by name: each one's URL (a chunk of
// its own, src/integrations/on-demand-chunks.ts) and the module it gives, side by side in one
// map. A name missing from either half, or a path that differs, fails the type check.
import dateLookup from './date-lookup.ts?on-demand';
import highlight from './highlight.ts?on-demand';
import reading from './reading.ts?on-demand';
import search from './search-ui.ts?on-demand';
import sectionControls from './section-controls.ts?on-demand';

/** The module each enhancement's URL loads. */
export interface Enhancements {
  dateLookup: typeof import('./date-lookup');
  highlight: typeof import('./highlight');
  reading: typeof import('./reading');
  search: typeof import('./search-ui');
  sectionControls: typeof import('./section-controls');
}

const URLS = { dateLookup, highlight, reading, search, sectionControls } satisfies Record<keyof Enhancements, string>;

/** Imports the enhancement `name` (the browser imports a module once, however often it is asked for). */
export function enhancement<Name extends keyof Enhancements>(name: Name): Promise<Enhancements[Name]> {
  return import(/* @vite-ignore */ URLS[name]) as Promise<Enhancements[Name]>;
}
