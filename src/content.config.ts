import { defineCollection } from 'astro:content';
import { noticeLoader } from '~/lib/content/notice-loader';
import { policyFrontmatter } from '~/schemas/policy';

/**
 * Where the documents live: `content/` by default; tests point `CONTENT_DIR` at
 * `tests/fixtures/content` to build the multi-version fixture site instead.
 */
const contentDir = process.env.CONTENT_DIR ?? './content';

export const collections = {
  /** Every document, language and version: `{document}/{lang}/{version}.mdx`, rendered to HTML as it is loaded. */
  documents: defineCollection({
    loader: noticeLoader({ contentDir }),
    schema: policyFrontmatter,
  }),
};
