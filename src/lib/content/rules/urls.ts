import type { Element } from 'hast';
import type { Definition } from 'mdast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { visit } from 'unist-util-visit';
import { closest } from '../closest';
import { INTRO_ID } from '../sections';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeOfNode } from './place';
import type { Problem } from './problem';

/*
 * The one URL policy for content, applied to each address as the browser reads it:
 * the `href` of every link on the rendered page (inline links, references, GitHub's
 * bare-address autolinks), parsed with the WHATWG URL parser that browsers use — so
 * `https://jtec.no\@evil.example/`, which renders as `https://jtec.no%5C@evil.example/`,
 * is judged by the host a browser opens (evil.example), not by its text. Reference
 * definitions (`[r]: url`) are judged too, as they would render, even when unused.
 * No frontmatter field becomes a link, so there is nothing to check there.
 *
 * Allowed: https:// addresses with a plain host name (no user name or password, no
 * port, no IP address, no punycode look-alike), mailto: one address with at most a
 * subject and a body, tel: an E.164 number, and #id links to a section of the file.
 */

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const E164 = /^\+[1-9][0-9]{3,14}$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;
const WEB_FIX = 'write it as [example.no](https://example.no/page), with no spaces';
const EMAIL_FIX = 'write it as [name@example.no](mailto:name@example.no), or add ?subject=… only';

/** Why an https: address, as the browser reads it, is unusable; undefined when it is fine. */
function webAddressProblem(href: string, url: URL): string | undefined {
  if (!/^https:\/\/[^/\\]/i.test(href)) return 'is missing the "//" after "https:", so browsers guess where it goes';
  if (url.username || url.password) return 'has a user name or password before "@", which hides where it really goes';
  if (url.hostname.startsWith('[') || /^[0-9.]+$/.test(url.hostname)) return `goes to an IP address (${url.hostname}), not a named site`;
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return `has a host with non-Latin or look-alike letters (the browser goes to "${url.hostname}")`;
  }
  if (url.port) return `names a port (:${url.port}), which the notice's links never need`;
  if (!HOST.test(url.hostname)) return 'is not a valid address';
  return undefined;
}

/** Why a mailto: address is unusable; undefined when it is fine. */
function emailProblem(url: URL): string | undefined {
  const to = decodeURIComponent(url.pathname);
  if (!EMAIL.test(to)) return 'is not a valid e-mail address';
  const headers = [...new URLSearchParams(url.search).keys()].filter((key) => key !== 'subject' && key !== 'body');
  return headers.length > 0 ? `sets "${headers[0] ?? ''}", which an e-mail link may not (only subject and body)` : undefined;
}

/** What is wrong with one link address as rendered (undefined when it follows the policy), and how to fix it. */
export function checkLinkUrl(href: string, targets: ReadonlySet<string>): { message: string; fix: string } | undefined {
  const shown = JSON.stringify(href).slice(1, -1);
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    if (targets.has(id)) return undefined;
    const nearest = closest(id, [...targets], 3);
    return {
      message: `the link "${shown}" goes to no section in this file`,
      fix: nearest.length > 0 ? `did you mean ${nearest.map((candidate) => `#${candidate}`).join(', ')}? (the ids are at the end of each heading)` : 'link to a section id of this file',
    };
  }
  let url: URL | undefined;
  try {
    url = new URL(href);
  } catch {
    url = undefined;
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(href);
  if (!url && hasScheme) return { message: `the link "${shown}" is not a valid address, so browsers cannot open it`, fix: WEB_FIX };
  if (!hasScheme && EMAIL.test(href)) {
    return { message: `the link "${shown}" is an e-mail address without "mailto:", so browsers look for a page of that name`, fix: `write it as [${shown}](mailto:${shown})` };
  }
  if (!url || !hasScheme) {
    return {
      message: `the link "${shown}" is a relative address, which the check cannot follow`,
      fix: 'link to a section of this file with #section-id, or write the full address: https://jtec.no/…',
    };
  }
  const scheme = url.protocol.slice(0, -1);
  if (scheme === 'https') {
    const why = webAddressProblem(href, url);
    return why ? { message: `the web link "${shown}" ${why}`, fix: WEB_FIX } : undefined;
  }
  if (scheme === 'mailto') {
    const why = emailProblem(url);
    return why ? { message: `the e-mail link "${shown}" ${why}`, fix: EMAIL_FIX } : undefined;
  }
  if (scheme === 'tel') {
    return E164.test(url.pathname) && !url.search
      ? undefined
      : { message: `the phone link "${shown}" is not an international number`, fix: 'write it as [+47 12 34 56 78](tel:+4712345678): a +, then digits only' };
  }
  if (scheme === 'http') {
    return {
      message: `the link "${shown}" is not encrypted (http:)`,
      fix: `use https: ("${shown.replace(/^http:/i, 'https:')}"); a privacy notice does not send readers over unencrypted connections`,
    };
  }
  return { message: `the link "${shown}" uses "${scheme}:", which is not allowed`, fix: 'link only to https://…, mailto:…, tel:+… or #section-id' };
}

/** Every link address of one file, as rendered, against the policy, at its line and column. */
export function checkUrls(entry: VersionFile): Problem[] {
  if (!entry.tree || !entry.hast || !entry.sections) return [];
  const file = entry.path;
  const targets = new Set(entry.sections.flatMap((section) => (section.id === INTRO_ID ? section.aliases : [section.id, ...section.aliases])));
  const problems: Problem[] = [];
  const report = (href: string, position: Element['position']) => {
    const problem = checkLinkUrl(href, targets);
    if (problem) problems.push({ file, ...placeOfNode(entry.text, position), ...problem });
  };
  visit(entry.hast, 'element', (element: Element) => {
    if (element.tagName === 'a' && typeof element.properties.href === 'string') report(element.properties.href, element.position);
  });
  visit(entry.tree, 'definition', (definition: Definition) => report(normalizeUri(definition.url), definition.position));
  return problems;
}

/** The URL policy family, over every readable file. */
export const urlsRule: ContentRule = ({ versions }) => versions.flatMap(checkUrls);
