/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects, run through Astro's Vite config (so `astro/zod`, `~/` and
 * `import.meta.env` resolve as in the build):
 * - `unit`: pure inputs and outputs, seconds in all (`npm run test:unit`, `npm run test:watch`);
 * - `integration`: the editors' commands and real builds on copies of the fixtures (`npm run test:integration`).
 */
export default getViteConfig({
  test: {
    projects: [
      // `npm test` runs the unit tests beside the builds: their time limit catches a hang, not a slow machine.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false, testTimeout: 30_000 } },
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
