import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { MDX_NODE_TYPES } from './allow-list';

/**
 * The page a parsed source becomes: mdast → hast as the site's MDX processor does it
 * (remark-rehype, keeping JSX and `{code}` nodes as they are), so that the rules judge
 * what readers get — elements, decoded text, links as the browser reads them.
 */
export function renderedTree(tree: Root): HastRoot {
  return toHast(tree, { passThrough: [...MDX_NODE_TYPES], allowDangerousHtml: true }) as HastRoot;
}
