/*
 * What `npm run build` shows of Astro's log: what went wrong, the steps and their
 * times, never one line per page or per MDX file, so that a build of many versions
 * prints less than a screen when all is well. Errors and warnings pass unchanged.
 */

/** Vite's note about Astro's own "use astro:head-inject" directive, printed for every MDX file: not ours to fix. */
const HEAD_INJECT_NOTE = /MODULE_LEVEL_DIRECTIVE.*astro:head-inject/;
/** Astro's line for each page written, e.g. `07:47:42   ├─ /nb/personvern/index.html (+86ms)` (the count is printed at the end). */
const PAGE_LINE = /^(?:\d\d:\d\d:\d\d )?\s+[├└]─ \//;

/** A filter of the build log, line by line: the line to print, or undefined to leave it out. Keeps state across lines. */
export function buildLogFilter(): (line: string) => string | undefined {
  let inNote = false;
  let afterNote = false;
  return (line) => {
    // A note runs from its first line to the line closing its frame ("───╯"), then empty lines.
    if (HEAD_INJECT_NOTE.test(line)) inNote = true;
    if (inNote) {
      if (/╯/.test(line)) [inNote, afterNote] = [false, true];
      return undefined;
    }
    if (afterNote && line.trim() === '') return undefined;
    afterNote = false;
    return PAGE_LINE.test(line) ? undefined : line;
  };
}
