import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { INTRO_ID } from '../sections';
import type { ContentRule, VersionFile } from './parsed-content';
import type { Problem } from './problem';

const MAILTO = /^mailto:[^@\s/?#]+@[^@\s/?#]+\.[a-z]{2,}(?:\?.*)?$/i;

function isWebAddress(url: string): boolean {
  if (/\s/.test(url)) return false;
  try {
    return /^[^.]+(\.[^.]+)+$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Every link of one file: `#id` must name a section (or former id) of the same file, addresses must be well-formed. */
export function checkLinks(entry: VersionFile): Problem[] {
  if (!entry.tree || !entry.sections) return [];
  const file = entry.path;
  const targets = new Set(entry.sections.flatMap((section) => (section.id === INTRO_ID ? section.aliases : [section.id, ...section.aliases])));
  const problems: Problem[] = [];
  visit(entry.tree, 'link', (link: Link) => {
    const url = link.url.trim();
    const line = link.position?.start.line;
    if (url.startsWith('#')) {
      if (!targets.has(url.slice(1))) {
        problems.push({
          file,
          line,
          message: `the link "${url}" goes to no section in this file`,
          fix: `link to one of the section ids of this file: ${[...targets].map((id) => `#${id}`).join(', ')}`,
        });
      }
    } else if (/^mailto:/i.test(url)) {
      if (!MAILTO.test(url)) {
        problems.push({
          file,
          line,
          message: `the e-mail link "${url}" is not a valid address`,
          fix: 'write it as [name@example.no](mailto:name@example.no)',
        });
      }
    } else if (/^https?:/i.test(url)) {
      if (!isWebAddress(url)) {
        problems.push({
          file,
          line,
          message: `the web link "${url}" is not a valid address`,
          fix: 'write it as [example.no](https://example.no/page), with no spaces',
        });
      }
    } else {
      problems.push({
        file,
        line,
        message: `the link "${url}" is not a web address, an e-mail address or a section link`,
        fix: 'link to https://…, mailto:… or #section-id',
      });
    }
  });
  return problems;
}

/** The link rule family, over every readable file. */
export const linksRule: ContentRule = ({ versions }) => versions.flatMap(checkLinks);
