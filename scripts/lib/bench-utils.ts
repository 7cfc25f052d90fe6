/** Helpers shared by the benchmarks (scripts/bench*.ts); timings live only there, never in tests. */
import { spawn } from 'node:child_process';

/** The middle value of a list (mean of the two middle ones for an even count; 0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Starts `astro preview` on a port (the build folder comes from `env.OUT_DIR`, default dist/)
 * and resolves once it answers; call the returned function to stop it.
 */
export async function startPreview(port: number, env: NodeJS.ProcessEnv = process.env): Promise<() => void> {
  const server = spawn('astro', ['preview', '--ignore-lock', '--port', String(port)], { env, stdio: 'ignore' });
  const stop = () => void server.kill();
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false, // not listening yet
    );
    if (ready) return stop;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(
    `astro preview of ${env.OUT_DIR ?? 'dist'}/ did not answer on port ${port}; is the port free? Set PORT=… to use another.`,
  );
}
