import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { findDisallowed } from '~/lib/content/allow-list';

/**
 * The output allow-list (src/lib/content/allow-list.ts) in the build itself: after
 * MDX is turned into the page's tree, anything outside the list stops the build
 * with its line. Nothing is stripped silently: what an editor wrote is either
 * published as written or refused. `npm run check` reports the same, in editors'
 * words, before Astro starts; this step makes sure nothing gets past it.
 */
export const rehypeAllowList: Plugin<[], Root> = () => (tree, file) => {
  const found = findDisallowed(tree);
  if (found.length === 0) return;
  for (const item of found) {
    file.message(`${item.what}${item.value ? ` ("${item.value}")` : ''} is not on the output allow-list`, {
      place: item.line === undefined ? undefined : { line: item.line, column: item.column ?? 1 },
      ruleId: 'allow-list',
      source: 'jtec',
    });
  }
  const list = file.messages.map((message) => `${file.path}:${message.line ?? '?'}: ${message.reason}`).join('\n');
  throw new Error(`The page would contain what the allow-list refuses (see "What a notice may contain" in docs/editing.md):\n${list}`);
};
