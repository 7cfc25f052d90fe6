import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/*
 * The deployed site as a witness nobody in the repository can rewrite. Git history
 * can be rewritten (an amend, a filter-branch, a hand-rehashed lock with a
 * hand-written erratum): the live site still serves what readers were given. Before
 * a deploy, every version the live site publishes must still be in the new build,
 * with the same text (sha256 of its source), or with the same errata plus at least
 * one more — the visible record that the text was corrected.
 */

/** A version as a site's versions.json lists it. */
export interface ListedVersion {
  version: string;
  sha256: string;
  url: string;
}

/** One document in one language, as the live site and the new build each publish it. */
export interface WitnessedDocument {
  /** Where the versions.json is, inside the build (e.g. `en/privacy/versions.json`). */
  path: string;
  live: ListedVersion[];
  built: ListedVersion[];
  /** The errata notes each version's page shows, by version: on the live site and in the new build. */
  liveErrata: Map<string, string[]>;
  builtErrata: Map<string, string[]>;
}

/** The errata notes a version page shows (its "Corrections" list), in order. */
export function errataOnPage(html: string): string[] {
  const aside = /<aside class="errata"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
  return [...aside.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Why the new build may not replace the live site: versions removed, or text changed with no new erratum. */
export function witnessDifferences(documents: readonly WitnessedDocument[]): string[] {
  const differences: string[] = [];
  for (const document of documents) {
    const built = new Map(document.built.map((version) => [version.version, version]));
    for (const live of document.live) {
      const now = built.get(live.version);
      if (!now) {
        differences.push(`${document.path}: version ${live.version} is published on the live site but missing from the new build`);
        continue;
      }
      if (now.sha256 === live.sha256) continue;
      const before = document.liveErrata.get(live.version) ?? [];
      const after = document.builtErrata.get(live.version) ?? [];
      const kept = before.every((note, index) => after[index] === note);
      if (!kept || after.length <= before.length) {
        differences.push(
          `${document.path}: the text of version ${live.version} differs from what the live site serves, ` +
            (kept ? 'and the new build records no new erratum for it' : 'and the new build has lost errata the live site shows'),
        );
      }
    }
  }
  return differences;
}

/** Every versions.json in a build folder, by its path inside the build. */
export function versionListsIn(buildDir: string): string[] {
  if (!existsSync(buildDir)) return [];
  return readdirSync(buildDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(`${sep}versions.json`) || name === 'versions.json')
    .map((name) => relative(buildDir, join(buildDir, name)).split(sep).join('/'))
    .sort();
}

/** A version page's path inside the build, from its URL (the build writes the canonical origin). */
export function pageInBuild(url: string, basePath: string): string {
  const path = new URL(url).pathname.slice(basePath.length);
  return `${path}${path.endsWith('/') || path === '' ? 'index.html' : ''}`;
}

/** Compares the new build in `buildDir` with the live site at `site`: the differences, and how many versions were compared. */
export async function compareWithLive(
  site: URL,
  buildDir: string,
): Promise<{ differences: string[]; compared: number; newDocuments: string[] }> {
  const documents: WitnessedDocument[] = [];
  const newDocuments: string[] = [];
  const fetchText = async (url: string) => {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  };
  for (const path of versionListsIn(buildDir)) {
    const liveText = await fetchText(new URL(path, site).href);
    if (liveText === undefined) {
      newDocuments.push(path);
      continue;
    }
    const live = (JSON.parse(liveText) as { versions: ListedVersion[] }).versions;
    const built = (JSON.parse(readFileSync(join(buildDir, path), 'utf8')) as { versions: ListedVersion[] }).versions;
    const liveErrata = new Map<string, string[]>();
    const builtErrata = new Map<string, string[]>();
    for (const version of live) {
      const page = pageInBuild(version.url, site.pathname);
      liveErrata.set(version.version, errataOnPage((await fetchText(new URL(page.replace(/index\.html$/, ''), site).href)) ?? ''));
      const builtPage = join(buildDir, page);
      builtErrata.set(version.version, existsSync(builtPage) ? errataOnPage(readFileSync(builtPage, 'utf8')) : []);
    }
    documents.push({ path, live, built, liveErrata, builtErrata });
  }
  return {
    differences: witnessDifferences(documents),
    compared: documents.reduce((sum, document) => sum + document.live.length, 0),
    newDocuments,
  };
}
