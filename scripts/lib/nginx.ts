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
    return `The browser tests need nginx, which is not installed (${NGINX_BINARY}): run \`sudo ${NGINX_INSTALL}\` (or set NGINX_PATH).`;
  if (!existsSync(BROTLI_MODULE)) return `The browser tests need nginx's brotli module (${BROTLI_MODULE}): run \`sudo ${NGINX_INSTALL}\`.`;
  return undefined;
}

/** Fills every @NAME@ placeholder of a template under deploy/nginx/test/; an unknown or missing one is an error. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/@([A-Z]+)@/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx/test/: unknown placeholder ${match}`);
    return value;
  });
}

/** One build served by the test nginx: its folder, the base path it is published under, its loopback port. */
export interface ServedSite {
  buildDir: string;
  base: string;
  port: number;
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

/** A folder nginx can run from: the filled config (a server block per site), a link to deploy/nginx/, and the web roots. */
export function preparePrefix(sites: ServedSite[]): { prefix: string; config: string } {
  const prefix = mkdtempSync(join(tmpdir(), `jtec-nginx-${sites[0]?.port ?? 0}-`));
  symlinkSync(DEPLOY_DIR, join(prefix, 'jtec-privacy'));
  const server = readFileSync(join(DEPLOY_DIR, 'test/server.conf.template'), 'utf8');
  const servers = sites.map(({ buildDir, base, port }) => {
    const built = resolve(buildDir);
    if (!existsSync(join(built, 'index.html'))) throw new Error(`No build in ${buildDir}/: run the build first (npm run test:e2e does).`);
    // The site lives at `base` below the web root: for /personvern/, www-<port>/personvern is the build.
    let root = built;
    if (base !== '/') {
      root = join(prefix, `www-${port}`);
      const mount = join(root, base.replace(/^\/|\/$/g, ''));
      mkdirSync(join(mount, '..'), { recursive: true });
      symlinkSync(built, mount);
    }
    return fillTemplate(server, { PORT: String(port), ROOT: root, BASE: base });
  });
  const config = join(prefix, 'nginx.conf');
  const template = readFileSync(join(DEPLOY_DIR, 'test/nginx.conf.template'), 'utf8');
  // Started as root (CI containers), nginx would hand its workers to "nobody", who may not read the build.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(config, fillTemplate(template, { PREFIX: prefix, USER: user, SERVERS: servers.join('\n') }));
  return { prefix, config };
}

/** Checks a filled config with `nginx -t`; throws nginx's own message when it is wrong. */
export function testConfig(prefix: string, config: string): void {
  const result = spawnSync(NGINX_BINARY, ['-t', '-q', '-p', prefix, '-c', config, '-e', 'stderr'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`nginx rejected deploy/nginx/ (filled in ${config}):\n${result.stderr}`);
}

/** Starts one nginx in the foreground serving every site on its own 127.0.0.1 port; resolves once all of them answer. */
export async function startNginx(
  sites: ServedSite[],
  stdio: 'inherit' | 'ignore' = 'ignore',
): Promise<{ process: ChildProcess; stop: () => void }> {
  const problem = nginxProblem();
  if (problem) throw new Error(problem);
  for (const { port } of sites) await assertPortFree(port);
  const { prefix, config } = preparePrefix(sites);
  testConfig(prefix, config);
  const child = spawn(NGINX_BINARY, ['-p', prefix, '-c', config, '-e', 'stderr'], { stdio });
  const stop = () => {
    child.kill('SIGQUIT');
    rmSync(prefix, { recursive: true, force: true });
  };
  const answers = (site: ServedSite) =>
    fetch(`http://127.0.0.1:${site.port}${site.base}`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await Promise.all(sites.map(answers))).every(Boolean)) return { process: child, stop };
    if (child.exitCode !== null) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(
    `nginx did not answer for ${sites.map((site) => `${site.buildDir}/ on http://127.0.0.1:${site.port}${site.base}`).join(', ')}`,
  );
}
