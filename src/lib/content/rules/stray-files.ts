import type { ContentRule } from './parsed-content';
import type { Problem } from './problem';

const WHERE = 'documents live at {document}/{language}/{version}.mdx inside the content folder, e.g. privacy/nb/2026.mdx';

/** Files in the content folder that the site would silently ignore, or that it refuses to read. */
export const strayFilesRule: ContentRule = ({ set }) => [
  ...set.strayFiles.map((file): Problem => ({ file, message: 'this file is not read by the site', fix: WHERE })),
  ...(set.refusedFiles ?? []).map(({ file, reason, line }): Problem =>
    reason === 'link'
      ? {
          file,
          message: 'this is a symbolic link; the site reads no links in the content folder, so that every published file is one that was checked',
          fix: 'replace the link with the file or folder itself (copy it in), or remove it',
        }
      : {
          file,
          line,
          message: 'this file is not saved as UTF-8 text, so its letters (æ, ø, å …) cannot be read',
          fix: 'open it in your editor and save it with the encoding "UTF-8" (in VS Code: click the encoding in the status bar, then "Save with Encoding" → "UTF-8")',
        },
  ),
];
