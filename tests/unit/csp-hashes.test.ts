import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { hashSource, keepOwnHashes } from '~/lib/site/csp-hashes';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

const script = 'var a=1;';
const style = 'p{color:red}';
const other = 'var b=2;';

describe('hashSource', () => {
  test.each([
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['Personvernerklæring', sha('Personvernerklæring')],
  ])('%j hashes as browsers do (UTF-8)', (text, expected) => {
    expect(hashSource(text)).toBe(expected);
  });
});

describe('keepOwnHashes', () => {
  test.each([
    [
      'drops the hashes of scripts and styles the page does not have',
      `script-src 'self' ${sha(script)} ${sha(other)};style-src 'self' ${sha(style)} ${sha('q{}')}`,
      `<script type="module">${script}</script><style>${style}</style>`,
      `script-src 'self' ${sha(script)};style-src 'self' ${sha(style)}`,
    ],
    [
      'keeps every non-hash source and directive',
      `default-src 'self';img-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(other)}`,
      '',
      "default-src 'self';img-src 'self';script-src 'self' 'wasm-unsafe-eval'",
    ],
    [
      'an external script needs no hash',
      `script-src 'self' ${sha('')}`,
      '<script type="module" src="/_astro/search.js"></script>',
      "script-src 'self'",
    ],
    [
      'an inline script with a src-like word in its text keeps its hash',
      `script-src 'self' ${sha('x.src=1')}`,
      '<script>x.src=1</script>',
      `script-src 'self' ${sha('x.src=1')}`,
    ],
  ])('%s', (_, policy, body, expected) => {
    expect(policyOf(keepOwnHashes(page(policy, body)))).toBe(expected);
  });

  test('a page without a CSP <meta> is left as it is', () => {
    const html = `<!DOCTYPE html><p>${script}</p>`;
    expect(keepOwnHashes(html)).toBe(html);
  });
});
