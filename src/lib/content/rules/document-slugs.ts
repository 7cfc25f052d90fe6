import { readFrontmatter } from '../frontmatter-yaml';
import type { ContentRule } from './parsed-content';
import { placeOfField } from './place';
import type { Problem } from './problem';

/**
 * Every document has its own address: two documents with the same slug in one
 * language would publish one's pages at the other's address. Checked across all
 * documents, also when only one is being published.
 */
export const documentSlugsRule: ContentRule = ({ versions, set }) => {
  const owner = new Map<string, { document: string; path: string }>();
  const others = (set.otherFiles ?? []).map((file) => {
    const [document = '', locale = ''] = file.key.split('/');
    return { document, locale, path: file.path, slug: readFrontmatter(file.text).data.slug, entry: undefined };
  });
  // Documents in alphabetical order: the first one keeps the slug, the later one is told to change.
  const all = [...versions.map((entry) => ({ document: entry.document, locale: entry.locale, path: entry.path, slug: entry.frontmatter?.slug as unknown, entry })), ...others].sort(
    (a, b) => a.document.localeCompare(b.document) || a.path.localeCompare(b.path),
  );
  const problems: Problem[] = [];
  for (const item of all) {
    if (typeof item.slug !== 'string') continue;
    const key = `${item.locale}/${item.slug}`;
    const first = owner.get(key);
    if (!first) owner.set(key, { document: item.document, path: item.path });
    else if (first.document !== item.document && item.entry) {
      problems.push({
        file: item.path,
        ...placeOfField(item.entry, 'slug'),
        message: `the slug "${item.slug}" is already the address of the document "${first.document}" (${first.path})`,
        fix: 'give this document a slug of its own; every version of it must then use the same one',
      });
    }
  }
  return problems;
};
