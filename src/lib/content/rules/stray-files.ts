import type { ContentRule } from './parsed-content';

/** Files in the content folder that the site would silently ignore. */
export const strayFilesRule: ContentRule = ({ set }) =>
  set.strayFiles.map((file) => ({
    file,
    message: 'this file is not read by the site',
    fix: 'documents live at {document}/{language}/{version}.mdx inside the content folder, e.g. privacy/nb/2026.mdx',
  }));
