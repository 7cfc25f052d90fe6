import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder of the build output, at any depth. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

/**
 * Set by scripts/build.ts, which writes the search index and the compressed copies itself once
 * Astro has exited: Pagefind's process and Astro's then never hold memory at the same time.
 */
export const AFTER_ASTRO_ENV = 'JTEC_FINISH_AFTER_ASTRO';
