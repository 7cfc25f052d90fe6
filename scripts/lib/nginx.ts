/** Running the repository's nginx configuration (deploy/nginx/) on a loopback port, for the tests and the benchmark. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_BINARY = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const NGINX_INSTALL = 'apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static';
const DEPLOY_DIR = resolve('deploy/nginx');

/** Why nginx cannot run here, with the command that fixes it; undefined when it can. */
export function nginxProblem(): string | undefined {
  if (!existsSync(NGINX_BINARY))
    return `The served tests need nginx, which is not installed (${NGINX_BINARY}): run \`sudo ${NGINX_INSTALL}\` (or set NGINX_PATH).`;
  if (!existsSync(BROTLI_MODULE)) return `The served tests need nginx's brotli module (${BROTLI_MODULE}): run \`sudo ${NGINX_INSTALL}\`.`;
  return undefined;
}

/** The values the test template's @NAME@ placeholders take. */
export interface TemplateValues {
  PREFIX: string;
  PORT: string;
  ROOT: string;
  BASE: string;
  USER: string;
}

/** Fills every @NAME@ placeholder of deploy/nginx/test/nginx.conf.template; an unknown or missing one is an error. */
export function fillTemplate(template: string, values: TemplateValues): string {
  const filled = template.replace(/@([A-Z]+)@/g, (match, name: string) => {
    const value = (values as unknown as Record<string, string | undefined>)[name];
    if (value === undefined) throw new Error(`deploy/nginx/test/nginx.conf.template: unknown placeholder ${match}`);
    return value;
  });
  return filled;
}

/** Resolves once nothing listens on 127.0.0.1:port, or fails with the fix. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    const probe = createServer()
      .once('error', () =>
        fail(new Error(`Port ${port} on 127.0.0.1 is taken; stop what uses it or set E2E_PORT (or PORT) to another base port.`)),
      )
      .listen(port, '127.0.0.1', () => probe.close(() => done()));
  });
}

/** A folder nginx can run from: the filled config, a link to deploy/nginx/, and the web root. */
export function preparePrefix(buildDir: string, base: string, port: number): { prefix: string; config: string } {
  const built = resolve(buildDir);
  if (!existsSync(join(built, 'index.html'))) throw new Error(`No build in ${buildDir}/: run the build first (npm run test:e2e does).`);
  const prefix = mkdtempSync(join(tmpdir(), `jtec-nginx-${port}-`));
  symlinkSync(DEPLOY_DIR, join(prefix, 'jtec-privacy'));
  // The site lives at `base` below the web root: for /personvern/, www/personvern is the build.
  let root = built;
  if (base !== '/') {
    root = join(prefix, 'www');
    const mount = join(root, base.replace(/^\/|\/$/g, ''));
    mkdirSync(join(mount, '..'), { recursive: true });
    symlinkSync(built, mount);
  }
  const config = join(prefix, 'nginx.conf');
  const template = readFileSync(join(DEPLOY_DIR, 'test/nginx.conf.template'), 'utf8');
  // Started as root (CI containers), nginx would hand its workers to "nobody", who may not read the build.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(config, fillTemplate(template, { PREFIX: prefix, PORT: String(port), ROOT: root, BASE: base, USER: user }));
  return { prefix, config };
}

/** Checks a filled config with `nginx -t`; throws nginx's own message when it is wrong. */
export function testConfig(prefix: string, config: string): void {
  const result = spawnSync(NGINX_BINARY, ['-t', '-q', '-p', prefix, '-c', config, '-e', 'stderr'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx rejected deploy/nginx/ (filled in ${config}):\n${result.stderr}`);
}

/** Starts nginx in the foreground serving `buildDir` at `base` on 127.0.0.1:port. */
export async function startNginx(
  buildDir: string,
  base: string,
  port: number,
  stdio: 'inherit' | 'ignore' = 'ignore',
): Promise<{ process: ChildProcess; stop: () => void }> {
  const problem = nginxProblem();
  if (problem) throw new Error(problem);
  await assertPortFree(port);
  const { prefix, config } = preparePrefix(buildDir, base, port);
  testConfig(prefix, config);
  const child = spawn(NGINX_BINARY, ['-p', prefix, '-c', config, '-e', 'stderr'], { stdio });
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}${base}`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ready) return { process: child, stop };
    if (child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`nginx serving ${buildDir}/ did not answer on http://127.0.0.1:${port}${base}`);
}
