import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder of the build output, at any depth. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}
