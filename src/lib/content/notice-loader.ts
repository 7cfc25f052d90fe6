import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isDocumentPath, listContentDir } from './content-files';
import { renderNoticeHtml } from './notice-html';

/**
 * The content layer's loader for the notices: every file of the content folder's
 * listing (content-files.ts, the files the content check reads) becomes an entry
 * with its id (`privacy/nb/2025`), its frontmatter and its rendered HTML, made
 * once here (notice-html.ts). No version becomes a module of the build, so the
 * build's memory grows with the text of the versions, not with compiled code.
 * A text that cannot be rendered stops the build; in `astro dev` it is reported
 * and the previous rendering stays until the file is fixed.
 */
export function noticeLoader(options: { contentDir: string }): Loader {
  return {
    name: 'jtec:notices',
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const base = resolve(root, options.contentDir);

      async function sync(key: string): Promise<void> {
        const path = join(base, key);
        const text = await readFile(path, 'utf8');
        const id = key.replace(/\.mdx$/, '');
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) return;
        const { data, html, headings, frontmatter } = await renderNoticeHtml(text, path);
        store.set({
          id,
          data: await parseData({ id, data, filePath: path }),
          // Relative to the project, as Astro's own loaders keep it: the diff pages read the source from here.
          filePath: relative(root, path).split(sep).join('/'),
          digest,
          rendered: { html, metadata: { headings, frontmatter } },
        });
      }

      const keys = listContentDir(base).documents;
      const ids = new Set(keys.map((key) => key.replace(/\.mdx$/, '')));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      // One version after the other: the build holds one version's trees at a time.
      for (const key of keys) await sync(key);

      if (!watcher) return;
      watcher.add(base);
      const keyOf = (path: string) => relative(base, path).split(sep).join('/');
      const reload = (path: string) => {
        const key = keyOf(path);
        if (!isDocumentPath(key) || key.startsWith('../')) return;
        sync(key).then(
          () => logger.info(`Reloaded ${key}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        const key = keyOf(path);
        if (isDocumentPath(key) && !key.startsWith('../')) store.delete(key.replace(/\.mdx$/, ''));
      });
    },
  };
}
