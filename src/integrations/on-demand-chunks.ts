import { relative } from 'node:path';
import type { Plugin } from 'vite';

const QUERY = '?on-demand';

/** The modules whose `import('./…')` calls load enhancements on demand: the maps of them. */
const MAPS = ['/src/browser/enhancements.ts', '/src/browser/page-parts.ts'];
/** A relative dynamic import: `import('./search-ui')`. */
const DYNAMIC_IMPORT = /\bimport\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g;

/**
 * `import url from '~/browser/search-ui.ts?on-demand'` gives the URL of that module built as a
 * chunk of its own, for the browser to `import(url)` when the reader needs it (src/browser/on-demand.ts).
 * The maps of enhancements (src/browser/enhancements.ts, page-parts.ts) write `() => import('./search-ui')`, which
 * names the module once, for its type and its URL; this plugin turns each such import into that
 * import of the URL. A plain `import()` would load the same chunk, but Vite then bundles its
 * module-preload helper (~700 B brotli) into every page's first script; a URL costs a few bytes.
 */
export function onDemandChunks(): Plugin {
  let base = '/';
  let root = process.cwd();
  let serving = false;
  const references = new Set<string>();
  return {
    name: 'jtec:on-demand-chunks',
    configResolved(config) {
      base = config.base;
      root = config.root;
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved && `${resolved.id}${QUERY}`;
    },
    transform(code, id) {
      if (!MAPS.some((map) => id.endsWith(map))) return null;
      const urls: string[] = [];
      const body = code.replace(DYNAMIC_IMPORT, (_, _quote: string, path: string) => {
        urls.push(`import onDemand${urls.length} from ${JSON.stringify(`${path}${QUERY}`)};`);
        return `import(/* @vite-ignore */ onDemand${urls.length - 1})`;
      });
      return { code: `${urls.join('\n')}\n${body}`, map: null };
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      // The dev server serves each source module at its own path.
      if (serving) return `export default ${JSON.stringify(`${base}${relative(root, file)}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'exports-only' });
      references.add(reference);
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    // From the site's base, not relative to the importing script: that script is inlined into pages at every depth.
    resolveFileUrl({ referenceId, fileName }) {
      return references.has(referenceId) ? JSON.stringify(`${base}${fileName}`) : null;
    },
  };
}
