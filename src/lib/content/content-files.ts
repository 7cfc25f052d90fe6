import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * The one listing of a content folder, shared by the content check and the site's
 * loader (src/content.config.ts): the files the rules check are, by construction,
 * the files the build renders. Only regular files at
 * `{document}/{language}/{version}.mdx` are documents; symbolic links are never
 * followed (a link could bring in a file or folder nobody reviewed), and a
 * Markdown file anywhere else is reported rather than silently ignored.
 */

/** What a content folder holds, by the path inside it (`privacy/nb/2025.mdx`). */
export interface ContentListing {
  /** The document files, sorted. */
  documents: string[];
  /** Markdown files in a place the site does not read. */
  stray: string[];
  /** Symbolic links, to files or folders, anywhere in the folder. */
  links: string[];
  /** The GDPR checklist's claims files (`privacy/2025.checklist.yaml`). */
  claims: string[];
}

/** Whether a path inside the content folder is where a document version lives. */
export function isDocumentPath(key: string): boolean {
  return key.split('/').length === 3 && key.endsWith('.mdx');
}

/** Lists a content folder without following symbolic links. */
export function listContentDir(contentDir: string): ContentListing {
  const listing: ContentListing = { documents: [], stray: [], links: [], claims: [] };
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    const key = relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isSymbolicLink()) listing.links.push(key);
    else if (!entry.isFile()) continue;
    else if (isDocumentPath(key)) listing.documents.push(key);
    else if (/\.checklist\.ya?ml$/.test(key)) listing.claims.push(key);
    // Any .mdx, and Markdown inside a document's folders; a README.md at the top is documentation.
    else if (/\.mdx$/i.test(key) || (key.includes('/') && /\.(md|markdown)$/i.test(key))) listing.stray.push(key);
  }
  for (const list of Object.values(listing)) list.sort();
  return listing;
}

/** The line (1-based) of the first byte that is not valid UTF-8, or undefined when all of it is. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  let line = 1;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index] ?? 0;
    if (byte === 0x0a) line++;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    const sequence = bytes.subarray(index, index + length);
    if (sequence.length < length) return line;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return line;
    }
    index += length;
  }
  return undefined;
}
