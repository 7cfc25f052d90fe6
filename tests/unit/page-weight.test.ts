import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { resourcesOf, staticImportsOf, sumBytes } from '../../scripts/lib/page-weight';

describe('resourcesOf', () => {
  test.each([
    [
      'no scripts or styles',
      '<p>Hei</p>',
      { inlineScripts: [], scriptSrcs: [], blockingScripts: 0, inlineStyles: [], stylesheetHrefs: [] },
    ],
    [
      'Astro output: inline module script and inline style',
      '<style>a{color:red}</style><p>x</p><script type="module">let a=1</script>',
      { inlineScripts: ['let a=1'], scriptSrcs: [], blockingScripts: 0, inlineStyles: ['a{color:red}'], stylesheetHrefs: [] },
    ],
    [
      'external stylesheet and module script',
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg"><script type="module" src="/_astro/b.js"></script>',
      { inlineScripts: [], scriptSrcs: ['/_astro/b.js'], blockingScripts: 0, inlineStyles: [], stylesheetHrefs: ['/_astro/a.css'] },
    ],
    [
      'classic scripts block rendering unless deferred',
      '<script>x()</script><script src="a.js"></script><script src="b.js" defer></script><script src=c.js async></script>',
      { inlineScripts: ['x()'], scriptSrcs: ['a.js', 'b.js', 'c.js'], blockingScripts: 2, inlineStyles: [], stylesheetHrefs: [] },
    ],
    [
      'data blocks are not scripts',
      '<script type="application/ld+json">{"a":1}</script>',
      { inlineScripts: [], scriptSrcs: [], blockingScripts: 0, inlineStyles: [], stylesheetHrefs: [] },
    ],
  ])('%s', (_name, html, expected) => {
    expect(resourcesOf(html)).toEqual(expected);
  });
});

describe('sumBytes', () => {
  // gzip sizes depend on the zlib build, so they are computed, not written down.
  const gzipped = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
  test.each([
    [[], 0, 0],
    [['abc'], 3, gzipped('abc')],
    [['abc', 'æ'], 5, gzipped('abc') + gzipped('æ')],
  ])('%j', (contents, raw, gzip) => {
    expect(sumBytes(contents)).toEqual({ raw, gzip });
  });
});

describe('staticImportsOf', () => {
  test.each([
    ['none', 'let a=1', []],
    ['named import, minified', 'import{t as e}from"./interpolate.N-K2oHTl.js";e()', ['./interpolate.N-K2oHTl.js']],
    ['side-effect import', 'import"./a.js";import \'./b.js\'', ['./a.js', './b.js']],
    ['default and namespace', 'import x from "./c.js";import * as y from "./d.js"', ['./c.js', './d.js']],
    ['a dynamic import loads later', 'const m=await import("./late.js")', []],
  ])('%s', (_name, js, expected) => {
    expect(staticImportsOf(js)).toEqual(expected);
  });
});
