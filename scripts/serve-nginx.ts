/**
 * `tsx scripts/serve-nginx.ts <build folder> <base path> <port>` — serves a build with the
 * repository's nginx configuration (deploy/nginx/) on 127.0.0.1:<port> until stopped.
 * Playwright starts it for the `served` projects; it also lets an operator look at a build
 * exactly as jtec.no serves it: `tsx scripts/serve-nginx.ts dist / 8080`.
 */
import { startNginx } from './lib/nginx.ts';

const [buildDir = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
try {
  const { process: nginx, stop } = await startNginx(buildDir, base, Number(port), 'inherit');
  console.log(`nginx serves ${buildDir}/ at http://127.0.0.1:${port}${base}`);
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
