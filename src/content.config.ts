import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { listContentDir } from '~/lib/content/content-files';
import { policyFrontmatter } from '~/schemas/policy';

/**
 * Where the documents live: `content/` by default; tests point `CONTENT_DIR` at
 * `tests/fixtures/content` to build the multi-version fixture site instead.
 */
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  /** Every document, language and version: `{document}/{lang}/{version}.mdx`. */
  documents: defineCollection({
    // The id is the file's path (`privacy/nb/2025`); the glob loader would otherwise take `slug:` from the frontmatter.
    // Exactly the files the content check reads (never a symbolic link or a misplaced file): one listing for both.
    loader: glob({
      pattern: listContentDir(contentDir).documents,
      base: contentDir,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: policyFrontmatter,
  }),
};
