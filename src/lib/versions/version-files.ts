import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { diffSections, type DocumentDiff } from '~/lib/diff/diff';
import { splitSections, type Section } from '~/lib/content/sections';
import { parseSource } from '~/lib/content/read-source';

/** A version's MDX file as the build reads it: the path relative to the project and the text. */
export interface VersionSource {
  path: string;
  text: string;
}

const sources = new Map<string, Promise<VersionSource>>();
const sections = new Map<string, Promise<Section[]>>();
const diffs = new Map<string, Promise<DocumentDiff>>();

/** Reads a version's MDX source once per build (entries carry `filePath`, relative to the project root). */
export function readVersionSource(filePath: string): Promise<VersionSource> {
  let source = sources.get(filePath);
  if (!source) {
    source = readFile(resolve(process.cwd(), filePath), 'utf8').then((text) => ({ path: filePath, text }));
    sources.set(filePath, source);
  }
  return source;
}

/** A version file's sections, parsed once per build however many diffs it takes part in. */
export function sectionsOf(filePath: string): Promise<Section[]> {
  let parsed = sections.get(filePath);
  if (!parsed) {
    parsed = readVersionSource(filePath)
      .then(({ text, path }) => parseSource(text, path))
      .then(({ tree }) => splitSections(tree));
    sections.set(filePath, parsed);
  }
  return parsed;
}

/** The diff between two version files, computed once per build even when several pages show it. */
export function diffVersionFiles(olderPath: string, newerPath: string, locale: string): Promise<DocumentDiff> {
  const key = `${olderPath}\n${newerPath}\n${locale}`;
  let diff = diffs.get(key);
  if (!diff) {
    diff = Promise.all([sectionsOf(olderPath), sectionsOf(newerPath)]).then(([older, newer]) => diffSections(older, newer, locale));
    diffs.set(key, diff);
  }
  return diff;
}
