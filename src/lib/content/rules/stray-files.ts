import type { ContentRule } from './parsed-content';
import { placeOfCharacter } from './place';
import type { Problem } from './problem';

const WHERE = 'documents live at {document}/{language}/{version}.mdx inside the content folder, e.g. privacy/nb/2026.mdx';

/** Files in the content folder that the site would silently ignore, or that it refuses to read. */
export const strayFilesRule: ContentRule = ({ set }) => [
  ...set.strayFiles.map((file): Problem => ({ file, wholeFile: 'misplaced', message: 'this file is not read by the site', fix: WHERE })),
  ...(set.refusedFiles ?? []).map(({ file, reason, line }): Problem => {
    if (reason === 'link') {
      return {
        file,
        wholeFile: 'link',
        message: 'this is a symbolic link; the site reads no links in the content folder, so that every published file is one that was checked',
        fix: 'replace the link with the file or folder itself (copy it in), or remove it',
      };
    }
    // The bytes that are not UTF-8 read as U+FFFD: the first one on the line is where the encoding breaks.
    const text = set.files.find((candidate) => candidate.path === file)?.text ?? '';
    const lineText = text.split('\n')[(line ?? 1) - 1] ?? '';
    return {
      file,
      ...placeOfCharacter(text, line ?? 1, Math.max(lineText.indexOf('\uFFFD'), 0) + 1),
      message: 'this file is not saved as UTF-8 text, so its letters (æ, ø, å …) cannot be read',
      fix: 'open it in your editor and save it with the encoding "UTF-8" (in VS Code: click the encoding in the status bar, then "Save with Encoding" → "UTF-8")',
    };
  }),
];
