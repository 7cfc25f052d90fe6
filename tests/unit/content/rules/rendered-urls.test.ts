import { describe, test } from 'vitest';
import { edit, NB25, expectBadInput, type BadInput } from '../base-set';

const FILE = 'content/privacy/nb/2025.mdx';
/** Puts a link into the introduction's line 12, at column 16. */
const inIntro = (markdown: string) => (f: Record<string, string>) => edit(f, NB25, 'Innledning for testdata.', `Innledning for ${markdown}.`);
const at = { file: FILE, line: 12, column: 16 };

/** Addresses whose text looks fine but which a browser reads otherwise: judged as rendered, with the WHATWG URL parser. */
const cases: BadInput[] = [
  {
    kind: 'backslash before "@" (rendered as %5C, the browser opens the host after the @)',
    breakIt: inIntro('[jtec.no](https://jtec.no\\\\@evil.example/)'),
    ...at,
    message: /the web link "https:\/\/jtec.no%5C@evil.example\/" has a user name or password before "@"/,
  },
  { kind: 'IPv4 address as host', breakIt: inIntro('[jtec.no](https://192.0.2.1/)'), ...at, message: /goes to an IP address \(192.0.2.1\), not a named site/ },
  { kind: 'IPv4 address written in hex (the browser reads 127.0.0.1)', breakIt: inIntro('[jtec.no](https://0x7f.1/)'), ...at, message: /goes to an IP address \(127.0.0.1\)/ },
  { kind: 'IPv6 address as host', breakIt: inIntro('[jtec.no](https://[::1]/)'), ...at, message: /the link "https:\/\/%5B::1%5D\/" is not a valid address, so browsers cannot open it/ },
  {
    kind: 'look-alike host with a Cyrillic letter (punycode)',
    breakIt: inIntro('[jtec.no](https://jt\u0435c.no/)'),
    ...at,
    message: /has a host with non-Latin or look-alike letters \(the browser goes to "xn--jtc-/,
  },
  { kind: 'https: without //', breakIt: inIntro('[jtec.no](https:evil.example)'), ...at, message: /is missing the "\/\/" after "https:"/ },
  { kind: 'https: with one slash (the browser still opens evil.example)', breakIt: inIntro('[jtec.no](https:/evil.example)'), ...at, message: /is missing the "\/\/" after "https:"/ },
  { kind: 'https: with backslashes instead of //', breakIt: inIntro('[jtec.no](https:\\\\\\\\evil.example)'), ...at, message: /is not a valid address, so browsers cannot open it/ },
  { kind: 'a port in a web link', breakIt: inIntro('[jtec.no](https://jtec.no:8443/)'), ...at, message: /names a port \(:8443\)/ },
  { kind: 'e-mail link with a cc header', breakIt: inIntro('[skriv](mailto:post@jtec.no?cc=annen@evil.example)'), ...at, message: /the e-mail link .* sets "cc", which an e-mail link may not \(only subject and body\)/ },
  { kind: 'e-mail link with a bcc header after the subject', breakIt: inIntro('[skriv](mailto:post@jtec.no?subject=Hei&bcc=x@evil.example)'), ...at, message: /sets "bcc"/ },
  { kind: 'phone number with a leading 0 after the +', breakIt: inIntro('[ring](tel:+04712345678)'), ...at, message: /the phone link "tel:\+04712345678" is not an international number/ },
  { kind: 'phone number with an extension parameter', breakIt: inIntro('[ring](tel:+4712345678;ext=12)'), ...at, message: /is not an international number/ },
];

describe('links judged as the browser reads them', () => {
  // The first case also loads the parsers: more than the default 5 s on a busy machine.
  test.each(cases)('$kind', expectBadInput, 30_000);
});
