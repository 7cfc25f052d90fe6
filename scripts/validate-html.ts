/**
 * `npm run validate:html` — every built page of every build (dist/, dist-fixtures/ and, when built, dist-base/)
 * through the W3C Nu Html Checker (vnu-jar, needs Java). Exits 1 on any error and
 * prints each one with its file, line and column.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { BUILD_DIRS, builtPages } from './lib/built-site.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : [...BUILD_DIRS, 'dist-base'].filter((dir) => existsSync(dir));
if (dirs.length === 0) {
  console.error('No build to validate: run `npm run build` (and `npm run build:fixtures`) first.');
  process.exit(1);
}
const files = dirs.flatMap((dir) => builtPages(dir).map((page) => page.file));

// vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
const result = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
  maxBuffer: 64 * 1024 * 1024,
}).catch((error: { stdout?: string; stderr?: string; code?: number }) => {
  if (typeof error.stderr === 'string' && error.stderr.trim().startsWith('{')) return { stdout: error.stdout ?? '', stderr: error.stderr };
  throw error;
});

const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as {
  messages: VnuMessage[];
};
// vnu's CSS checker predates CSS Scroll-driven Animations (W3C Working Draft, shipped in Chromium
// since 115), which the table of contents' "back to top" control uses to stay hidden at the top
// of the page without a script. Only those two properties are excused, by their exact message.
const NOT_YET_KNOWN_TO_VNU = /^CSS: “(animation-timeline|animation-range)”: Property “\1” doesn't exist\.$/;
const errors = messages.filter((message) => message.type !== 'info' && !NOT_YET_KNOWN_TO_VNU.test(message.message));
for (const error of errors) {
  const file = relative(process.cwd(), decodeURIComponent(new URL(error.url).pathname));
  console.error(`${file}:${error.lastLine ?? '?'}:${error.firstColumn ?? error.lastColumn ?? '?'}  ${error.message}`);
  if (error.extract) console.error(`    ${error.extract.replace(/\s+/g, ' ').trim()}`);
}
console.log(`HTML validation (vnu ${dirs.join(', ')}): ${files.length} pages, ${errors.length} errors.`);
if (errors.length > 0) process.exit(1);
