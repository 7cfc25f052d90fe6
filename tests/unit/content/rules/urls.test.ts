import { describe, expect, test } from 'vitest';
import { checkLinkUrl } from '~/lib/content/rules/urls';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
const INTRO = 'Innledning for testdata.';
/** Puts a link (or image) into the introduction's line 12, at column 16. */
const inIntro = (markdown: string) => (f: Record<string, string>) => edit(f, NB25, INTRO, `Innledning for ${markdown}.`);

/** Each way of breaking the URL policy, with the file, line, column and message the editor sees. */
const cases: BadInput[] = [
  {
    kind: 'broken internal link',
    breakIt: (f) => edit(f, NB25, '(#contact)', '(#kontakt)'),
    file: FILE,
    line: 16,
    column: 26,
    message: /the link "#kontakt" goes to no section in this file — did you mean #contact, #rights, #your-rights\?/,
  },
  {
    kind: 'malformed e-mail link',
    breakIt: (f) => edit(f, NB25, '(mailto:post@eksempel.no)', '(mailto:post@eksempel)'),
    file: FILE,
    line: 23,
    column: 11,
    message: /the e-mail link "mailto:post@eksempel" is not a valid e-mail address/,
  },
  {
    kind: 'e-mail link to two addresses',
    breakIt: (f) => edit(f, NB25, '(mailto:post@eksempel.no)', '(mailto:post@eksempel.no,annen@eksempel.no)'),
    file: FILE,
    line: 23,
    column: 11,
    message: /the e-mail link "mailto:post@eksempel.no,annen@eksempel.no" is not a valid e-mail address/,
  },
  {
    kind: 'malformed web link',
    breakIt: inIntro('[testdata](https://eksempel)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the web link "https:\/\/eksempel" is not a valid address — write it as \[example.no\]/,
  },
  {
    kind: 'javascript: in an inline link',
    breakIt: inIntro('[testdata](javascript:alert(1))'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "javascript:alert\(1\)" uses "javascript:", which is not allowed — link only to https:/,
  },
  {
    kind: 'javascript: in a reference link, judged where it is rendered',
    breakIt: (f) => {
      edit(f, NB25, INTRO, 'Innledning for [les mer][r].');
      f[NB25] += '\n[r]: javascript:alert(3)\n';
    },
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "javascript:alert\(3\)" uses "javascript:", which is not allowed/,
  },
  {
    kind: 'javascript: in an unused reference definition',
    breakIt: (f) => {
      f[NB25] += '\n[r]: javascript:alert(3)\n';
    },
    file: FILE,
    line: 25,
    column: 1,
    message: /the link "javascript:alert\(3\)" uses "javascript:", which is not allowed/,
  },
  {
    kind: 'javascript: in capitals',
    breakIt: inIntro('[testdata](JavaScript:alert(1))'),
    file: FILE,
    line: 12,
    column: 16,
    message: /uses "javascript:", which is not allowed/,
  },
  {
    kind: 'javascript: hidden by a character reference (rendered as java%09script:, a harmless relative path)',
    breakIt: inIntro('[testdata](java&#x09;script:alert(1))'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "java%09script:alert\(1\)" is a relative address/,
  },
  {
    kind: 'vbscript: link',
    breakIt: inIntro('[testdata](vbscript:msgbox)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /uses "vbscript:", which is not allowed/,
  },
  {
    kind: 'data: link',
    breakIt: inIntro('[testdata](data:text/html;base64,PHNjcmlwdD4=)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /uses "data:", which is not allowed/,
  },
  {
    kind: 'file: link',
    breakIt: inIntro('[testdata](file:///etc/passwd)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /uses "file:", which is not allowed/,
  },
  {
    kind: 'unencrypted http: link',
    breakIt: inIntro('[testdata](http://eksempel.no/side)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "http:\/\/eksempel.no\/side" is not encrypted \(http:\) — use https: \("https:\/\/eksempel.no\/side"\)/,
  },
  {
    kind: 'bare www. address (GitHub autolink, becomes http:)',
    breakIt: inIntro('www.eksempel.no'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "http:\/\/www.eksempel.no" is not encrypted/,
  },
  {
    kind: 'site-relative link',
    breakIt: inIntro('[testdata](/en/privacy/)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "\/en\/privacy\/" is a relative address, which the check cannot follow — .*https:\/\/jtec.no/,
  },
  {
    kind: 'protocol-relative link to another site',
    breakIt: inIntro('[testdata](//evil.example/x)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the link "\/\/evil.example\/x" is a relative address/,
  },
  {
    kind: 'web link with a user name that hides the real host',
    breakIt: inIntro('[jtec.no](https://jtec.no@evil.example/)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /has a user name or password before "@", which hides where it really goes/,
  },
  {
    kind: 'phone link that is not an international number',
    breakIt: inIntro('[ring oss](tel:12345678)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /the phone link "tel:12345678" is not an international number — write it as \[\+47 12 34 56 78\]\(tel:\+4712345678\)/,
  },
  {
    kind: 'image from another site (tracking pixel)',
    breakIt: inIntro('![x](https://other.example/pixel.png)'),
    file: FILE,
    line: 12,
    column: 16,
    message: /an image \("https:\/\/other.example\/pixel.png"\) is not allowed in the notice — remove the image/,
  },
  {
    kind: 'image with javascript:',
    breakIt: inIntro('![x](javascript:alert(1))'),
    file: FILE,
    line: 12,
    column: 16,
    message: /an image \("javascript:alert\(1\)"\) is not allowed in the notice/,
  },
  {
    kind: 'image by reference',
    breakIt: (f) => {
      edit(f, NB25, INTRO, 'Innledning for ![logo][l].');
      f[NB25] += '\n[l]: https://other.example/logo.png\n';
    },
    file: FILE,
    line: 12,
    column: 16,
    message: /an image \("https:\/\/other.example\/logo.png"\) is not allowed in the notice/,
  },
];

describe('URL policy', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);
});

describe('checkLinkUrl', () => {
  test.each([
    ['https://www.datatilsynet.no/', true],
    ['https://jtec.no/personvern#rights', true],
    ['mailto:post@jtec.no', true],
    ['mailto:post@jtec.no?subject=Innsyn', true],
    ['tel:+4712345678', true],
    ['#contact', true],
    ['#nowhere', false],
    ['http://jtec.no', false],
    ['ftp://jtec.no', false],
    ['https://localhost/', false],
    ['', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(checkLinkUrl(url, new Set(['contact'])) === undefined).toBe(allowed);
  });
});
