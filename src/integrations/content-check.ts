import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { countProblems, formatProblem } from '~/lib/content/rules/problem';
import { checkContentDir } from '~/lib/content/rules/run';
import { todayInOslo } from '~/lib/site/dates';

/** Runs every content rule and returns the report, or undefined when the content passes. */
async function contentReport(contentDir: string): Promise<{ count: number; text: string } | undefined> {
  const problems = await checkContentDir(contentDir, todayInOslo());
  if (problems.length === 0) return undefined;
  return { count: problems.length, text: problems.map(formatProblem).join('\n') };
}

/**
 * The same rules as `npm run check`, run by Astro: `astro build` stops before
 * building anything when the content breaks a rule, so the site never publishes
 * content the check rejects. `astro dev` only warns (and re-checks on every save),
 * so that editors can still preview a draft they are working on.
 */
export function contentCheck(options: { contentDir: string }): AstroIntegration {
  const contentDir = resolve(options.contentDir);
  return {
    name: 'jtec:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const report = await contentReport(contentDir);
        if (!report) {
          logger.info('content rules pass');
          return;
        }
        const heading = `${countProblems(report.count)} in the content`;
        if (command === 'dev') {
          logger.warn(`${heading} (a build would refuse them):\n${report.text}`);
          return;
        }
        throw new Error(`${heading} — nothing was built. Fix them and build again:\n${report.text}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(contentDir);
        server.watcher.on('change', (path) => {
          // The text and the GDPR checklist's claims files (`privacy/2025.checklist.yaml`).
          if (!resolve(path).startsWith(contentDir) || !/\.(mdx|checklist\.yaml)$/.test(path)) return;
          void contentReport(contentDir).then((report) => {
            if (report) logger.warn(`${countProblems(report.count)} in the content:\n${report.text}`);
            else logger.info('content rules pass');
          });
        });
      },
    },
  };
}
