import type { Definition, Image, ImageReference, Link } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { INTRO_ID } from '../sections';
import type { ContentRule, VersionFile } from './parsed-content';
import type { Problem } from './problem';

/*
 * The one URL policy for content. Every place a URL can appear in a file — inline
 * links, reference definitions (`[r]: url`), GitHub's bare-address autolinks, and
 * images — is checked here. No frontmatter field becomes a link (the byline,
 * summary and errata are shown as plain text; the slug is letters, digits and
 * hyphens), so there is nothing to check there.
 *
 * Allowed: https: addresses with a host name and no user name or password,
 * mailto: with one valid address, tel: with an international number, and #id
 * links to a section of the same file. Everything else is refused with the fix.
 */

const MAILTO = /^mailto:[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\?(?:subject|body)=[^\s]*)?$/i;
const TEL = /^tel:\+[0-9]{4,15}$/;
const WEB_FIX = 'write it as [example.no](https://example.no/page), with no spaces';

/** Why an https: address is unusable, or undefined when it is fine. */
function webAddressProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'has spaces in it';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid address';
  }
  if (parsed.username || parsed.password) return 'has a user name or password before "@", which hides where it really goes';
  if (!/^[^.]+(\.[^.]+)+$/.test(parsed.hostname)) return 'is not a valid address';
  return undefined;
}

/** What is wrong with one link address (undefined when it follows the policy) and how to fix it. */
export function checkLinkUrl(url: string, targets: ReadonlySet<string>): { message: string; fix: string } | undefined {
  const shown = JSON.stringify(url).slice(1, -1);
  if (url.startsWith('#')) {
    if (targets.has(url.slice(1))) return undefined;
    return {
      message: `the link "${shown}" goes to no section in this file`,
      fix: `link to one of the section ids of this file: ${[...targets].map((id) => `#${id}`).join(', ')}`,
    };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'https') {
    const why = webAddressProblem(url);
    return why ? { message: `the web link "${shown}" ${why}`, fix: WEB_FIX } : undefined;
  }
  if (scheme === 'mailto') {
    return MAILTO.test(url)
      ? undefined
      : { message: `the e-mail link "${shown}" is not a valid address`, fix: 'write it as [name@example.no](mailto:name@example.no)' };
  }
  if (scheme === 'tel') {
    return TEL.test(url)
      ? undefined
      : { message: `the phone link "${shown}" is not an international number`, fix: 'write it as [+47 12 34 56 78](tel:+4712345678): a +, then digits only' };
  }
  if (scheme === 'http') {
    return {
      message: `the link "${shown}" is not encrypted (http:)`,
      fix: `use https: ("${shown.replace(/^http:/i, 'https:')}"); a privacy notice does not send readers over unencrypted connections`,
    };
  }
  if (scheme === undefined && !/^[^/?#]*:/.test(url)) {
    return {
      message: `the link "${shown}" is a relative address, which the check cannot follow`,
      fix: 'link to a section of this file with #section-id, or write the full address: https://jtec.no/…',
    };
  }
  return {
    message: scheme ? `the link "${shown}" uses "${scheme}:", which is not allowed` : `the link "${shown}" is not an allowed kind of address`,
    fix: 'link only to https://…, mailto:…, tel:+… or #section-id',
  };
}

const IMAGE_FIX = 'remove the image; the notice is text only (see "Links and images" in docs/editing.md)';

/** Every URL of one file against the policy, at its line and column. */
export function checkUrls(entry: VersionFile): Problem[] {
  if (!entry.tree || !entry.sections) return [];
  const file = entry.path;
  const targets = new Set(entry.sections.flatMap((section) => (section.id === INTRO_ID ? section.aliases : [section.id, ...section.aliases])));
  const problems: Problem[] = [];
  const at = (node: Node) => ({ file, line: node.position?.start.line, column: node.position?.start.column });
  visit(entry.tree, (node: Node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const image = node as Image | ImageReference;
      const where = 'url' in image ? ` ("${JSON.stringify(image.url).slice(1, -1)}")` : '';
      problems.push({ ...at(node), message: `an image${where} is not allowed in the notice`, fix: IMAGE_FIX });
    } else if (node.type === 'link' || node.type === 'definition') {
      const problem = checkLinkUrl((node as Link | Definition).url.trim(), targets);
      if (problem) problems.push({ ...at(node), ...problem });
    }
  });
  return problems;
}

/** The URL policy family, over every readable file. */
export const urlsRule: ContentRule = ({ versions }) => versions.flatMap(checkUrls);
