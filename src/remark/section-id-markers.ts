import type { Heading, Root, Text } from 'mdast';
// Type-only: teaches TypeScript about `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import { relative } from 'node:path';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseHeadingMarker } from '~/lib/content/section-id-syntax';
import { plainText } from '~/lib/content/sections';

/** An empty anchor carrying one of a section's former ids, rendered as `<span id="old-id">`. */
export interface SectionAlias {
  type: 'sectionAlias';
  children: [];
  data: { hName: 'span'; hProperties: { id: string; className: string[] } };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sectionAlias: SectionAlias;
  }
  interface HeadingData {
    /** The editor marked the section `new`: not a renamed one (read by the section-id history check). */
    sectionNew?: boolean;
  }
}

/** The rule name our messages carry, so tools can tell them from other plugins' messages. */
export const SECTION_ID_RULE = 'section-id';

/**
 * Gives every section heading its stable id from the `[#id]` marker, strips the
 * marker from the text, and adds an empty anchor per former id so that old links
 * still land on the section without JavaScript. The Astro build, `npm run check`
 * and the diff all use this plugin, so a section means the same thing everywhere.
 * Problems are reported all at once, each with its line, and stop the build.
 */
export const remarkSectionIds: Plugin<[], Root> = () => (tree, file) => {
  const seen = new Map<string, number | undefined>();

  visit(tree, 'heading', (heading: Heading) => {
    const line = heading.position?.start.line;
    if (heading.depth === 1) {
      report(
        file,
        heading,
        'a "# " heading is not allowed in the text — the title comes from `title:` in the frontmatter; use "## " for sections and "### " for subsections',
      );
      return;
    }
    const last = heading.children.at(-1);
    const text = last?.type === 'text' ? last.value : '';
    const result = parseHeadingMarker(text);
    if (!result.ok) {
      report(file, heading, result.problem);
      return;
    }
    const { id, aliases, rest, isNew } = result.marker;
    (last as Text).value = rest;
    if (plainText(heading).trim() === '') {
      report(file, heading, `the heading has an id but no text — write the heading before "[#${id}]"`);
      return;
    }
    for (const candidate of [id, ...aliases]) {
      if (seen.has(candidate)) {
        const firstLine = seen.get(candidate);
        report(file, heading, `the id "${candidate}" is already used on line ${firstLine ?? '?'} — every section needs its own id`);
        return;
      }
      seen.set(candidate, line);
    }
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id }, ...(isNew ? { sectionNew: true } : {}) };
    // An empty <span id="old-id"> per former id: the browser scrolls to it, no script needed.
    heading.children.unshift(
      ...aliases.map((alias): SectionAlias => ({
        type: 'sectionAlias',
        children: [],
        data: { hName: 'span', hProperties: { id: alias, className: ['section-alias'] } },
      })),
    );
  });

  const problems = file.messages.filter((message) => message.ruleId === SECTION_ID_RULE);
  if (problems.length > 0) {
    const where = file.path ? relative(file.cwd, file.path) : 'this file';
    const list = problems.map((message) => `${where}:${message.line ?? '?'}: ${message.reason}`).join('\n');
    throw new Error(`Section ids need fixing:\n${list}`);
  }
};

function report(file: VFile, heading: Heading, reason: string): void {
  const message = file.message(reason, { place: heading.position, ruleId: SECTION_ID_RULE, source: 'jtec' });
  message.fatal = true;
}
