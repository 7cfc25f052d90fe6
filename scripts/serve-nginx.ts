/**
 * `tsx scripts/serve-nginx.ts <build folder> <base path> <port> [<build folder> <base path> <port> …]`
 * — serves one or more builds with the repository's nginx configuration (deploy/nginx/), each on
 * 127.0.0.1:<port>, from one nginx process, until stopped. Playwright starts it for every
 * browser test project; it also lets an operator look at a build exactly as jtec.no serves it:
 * `tsx scripts/serve-nginx.ts dist / 8080`.
 */
import { startNginx, type ServedSite } from './lib/nginx.ts';

const args = process.argv.slice(2);
const triples = args.length === 0 ? ['dist', '/', '8080'] : args;
if (triples.length % 3 !== 0) {
  console.error('✘ Give a build folder, a base path and a port for each site: tsx scripts/serve-nginx.ts dist / 8080');
  process.exit(1);
}
const sites: ServedSite[] = [];
for (let index = 0; index < triples.length; index += 3) {
  sites.push({ buildDir: triples[index]!, base: triples[index + 1]!, port: Number(triples[index + 2]) });
}
try {
  const { process: nginx, stop } = await startNginx(sites, 'inherit');
  for (const site of sites) console.log(`nginx serves ${site.buildDir}/ at http://127.0.0.1:${site.port}${site.base}`);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      stop();
      process.exit(0);
    });
  }
  nginx.on('exit', (code) => {
    console.error(`nginx stopped (exit code ${code}).`);
    process.exit(code ?? 1);
  });
} catch (error) {
  console.error(`✘ ${(error as Error).message}`);
  process.exit(1);
}
