/** The first view of a page as nginx (deploy/nginx/) sends it: every request a browser makes, bytes on the wire. */
import { request as httpRequest } from 'node:http';
import { chromium } from '@playwright/test';

/** One request of the first view and its size as sent, per encoding. */
export interface ServedRequest {
  path: string;
  /** Response body bytes (Content-Length) when the client accepts brotli, gzip only, or nothing. */
  br: number;
  gzip: number;
  identity: number;
  /** Bytes of the HTTP/1.1 status line and headers of the brotli response. */
  headers: number;
}

function bytesFor(url: string, acceptEncoding: string | undefined): Promise<{ body: number; headers: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (response) => {
      let body = 0;
      response.on('data', (chunk: Buffer) => (body += chunk.length));
      response.on('end', () => {
        const headerLines = response.rawHeaders.reduce((sum, value) => sum + value.length + 2, 0); // "name: value\r\n"
        resolve({ body, headers: `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length + headerLines + 2 });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * Opens `url` in Chromium, waits until the network is idle and lists every request it made;
 * each is then fetched again as a brotli, a gzip-only and an identity client to count its bytes.
 */
export async function servedFirstView(url: string, executablePath: string): Promise<ServedRequest[]> {
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const urls: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('request', (request) => urls.push(request.url()));
    await page.goto(url, { waitUntil: 'networkidle' });
    // Headless Chromium skips the favicon; every other browser fetches it with the first view.
    const icon = await page.locator('link[rel~="icon"]').first().getAttribute('href');
    if (icon) urls.push(new URL(icon, url).href);
  } finally {
    await browser.close();
  }
  const rows: ServedRequest[] = [];
  for (const requested of new Set(urls)) {
    const br = await bytesFor(requested, 'br');
    rows.push({
      path: new URL(requested).pathname,
      br: br.body,
      gzip: (await bytesFor(requested, 'gzip')).body,
      identity: (await bytesFor(requested, undefined)).body,
      headers: br.headers,
    });
  }
  return rows;
}
