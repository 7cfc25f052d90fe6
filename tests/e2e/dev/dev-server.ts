import { spawn } from 'node:child_process';

/** An `astro dev` server started for one spec. */
export interface DevServer {
  url: string;
  stop: () => void;
}

/**
 * Starts `astro dev` on content of its own, on E2E_PORT + 9 (free of the config's
 * preview servers), and waits until `path` answers. Pages that exist only in
 * `astro dev` cannot be tested against a build.
 */
export async function startDevServer(options: { contentDir: string; path: string }): Promise<DevServer> {
  const port = Number(process.env.E2E_PORT ?? 4400) + 9;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('astro', ['dev', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, CONTENT_DIR: options.contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 100_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${output}`);
    const response = await fetch(`${url}${options.path}`).catch(() => undefined);
    if (response?.ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`astro dev did not answer ${options.path} within 100 s:\n${output}`);
}
