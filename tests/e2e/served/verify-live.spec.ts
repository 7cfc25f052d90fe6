import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../serving';
import { defineVerifyLiveChecks, verifyLive } from '../verify-live';

// `npm run verify:live` against dist/ behind nginx: a match, and a mismatch it must report.
defineVerifyLiveChecks(DIST);

test('verify:live reports every missing header on a server that sends none and exits 1', async () => {
  test.setTimeout(120_000);
  // A bare static server for dist/, as a host without the repository's configuration would be.
  const server = createServer((request, response) => {
    const path = join(DIST.dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    if (!existsSync(file)) return void response.writeHead(404).end();
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const { port } = server.address() as AddressInfo;
    const { status, report } = await verifyLive(`http://127.0.0.1:${port}/`);
    expect(report).toMatch(
      /✘ http:\/\/127\.0\.0\.1:\d+\/nb\/personvern\/: content-security-policy: expected "frame-ancestors 'none';.*", got none/,
    );
    expect(report).toMatch(/✘ .*: strict-transport-security: expected "max-age=31536000", got none/);
    expect(status).toBe(1);
  } finally {
    server.close();
  }
});
