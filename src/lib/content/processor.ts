import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { PluggableList } from 'unified';
import { rehypeAllowList } from '~/rehype/allow-list';
import { rehypeTableRegions } from '~/rehype/table-regions';
import { remarkSectionIds } from '~/remark/section-id-markers';

/**
 * The one MDX reading, shared by the site and the tools, so that a section means
 * the same thing in the build, `npm run check`, the lint, the diff and the tests.
 */

/** The remark plugins of the site's own processor (astro.config.mjs); the tools run the same ones. */
export const siteRemarkPlugins = [remarkSectionIds];

/**
 * The rehype plugins of the site's own processor: the output allow-list, which refuses and never
 * strips, then the site's own markup around what editors wrote (each table in a named region).
 */
export const siteRehypePlugins = [rehypeAllowList, rehypeTableRegions];

/**
 * A remark processor that reads MDX as Astro does (frontmatter, MDX syntax, GitHub
 * tables and autolinks) and then runs `plugins`: the site's own by default, or a
 * linter's.
 */
export function createMdxProcessor(plugins: PluggableList = siteRemarkPlugins) {
  return remark().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm).use(plugins);
}

/** The same reading as plain Markdown (no JSX, no `{code}`): a file MDX cannot read is still checked for everything else. */
export function createMarkdownProcessor() {
  return remark().use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(siteRemarkPlugins);
}
