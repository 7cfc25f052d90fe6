import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { policyFrontmatter, type PolicyFrontmatter } from '~/schemas/policy';
import { lintSource } from '~/lib/content/lint';
import { startOfPartialDate } from '~/lib/site/dates';
import { splitSections, INTRO_ID, type Section } from '~/lib/content/sections';
import { readSource } from '~/lib/content/read-source';
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '~/lib/site/urls';
import { LOCK_FILE_NAME, hashVersionText, parseLock, type VersionLock } from '~/lib/versions/lock';
import { classifyVersions, compareVersionNames } from '~/lib/versions/timeline';

/**
 * Every rule about content, written once. `npm run check`, the build (through the
 * content-check integration), `npm run publish-version` and the tests all call
 * `checkContent`. Each problem names the file, the line when known, what is wrong
 * and how to fix it, in words an editor can act on.
 */

/** One thing wrong with the content. */
export interface Problem {
  /** The file to open, as the editor sees it from the project folder, e.g. `content/privacy/nb/2025.mdx`. */
  file: string;
  line?: number | undefined;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** One content file: where it lives and what it says. */
export interface ContentFile {
  /** The path inside the content directory, e.g. `privacy/nb/2025.mdx`; also the lock file's key. */
  key: string;
  /** The path shown to editors, e.g. `content/privacy/nb/2025.mdx`. */
  path: string;
  text: string;
}

/** Everything the rules look at. */
export interface ContentSet {
  files: ContentFile[];
  /** The lock of published versions; an empty lock when the file does not exist yet. */
  lock: VersionLock;
  /** The lock file as shown to editors, e.g. `content/versions.lock.json`. */
  lockPath: string;
  /** Files in the content directory that the site will not read (wrong place or extension). */
  strayFiles: string[];
  /** The day (`YYYY-MM-DD`) against which upcoming versions are decided. */
  today: string;
}

/** The summary `npm run new-version` writes; the check rejects it until the editor replaces it. */
export const SUMMARY_PLACEHOLDER = 'TODO: describe what changed in this version, in one or two sentences';

/** An example line for each frontmatter field, shown when the field is missing. */
const FIELD_EXAMPLES: Record<string, string> = {
  title: 'title: Personvernerklæring',
  byline: 'byline: Johnsentechnology AS – jtec.no',
  description: 'description: One sentence about what the document covers.',
  slug: 'slug: personvern',
  version: 'version: "2026"',
  updated: 'updated: "2026-03"',
  status: 'status: draft',
  change: 'change: substantive',
  summary: 'summary: One or two sentences on what changed.',
  errata: 'errata: [] (or a list of { date, note })',
};

/** `file:line: what is wrong — how to fix it`, the one format every tool prints. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message} — ${problem.fix}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The line of each top-level frontmatter field (`field:` at the start of a line between the `---` lines). */
export function frontmatterLines(text: string): Map<string, number> {
  const lines = text.split(/\r?\n/);
  const found = new Map<string, number>();
  if (lines[0]?.trim() !== '---') return found;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '---') break;
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (match?.[1] && !found.has(match[1])) found.set(match[1], index + 1);
  }
  return found;
}

/** Checks the frontmatter against the schema; returns the valid data (or undefined) and the problems, each on its field's line. */
export function checkFrontmatter(
  data: Record<string, unknown>,
  fieldLines: Map<string, number>,
  file: string,
): { frontmatter: PolicyFrontmatter | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = Object.keys(policyFrontmatter.shape);
  for (const field of Object.keys(data)) {
    if (!known.includes(field)) {
      problems.push({
        file,
        line: fieldLines.get(field),
        message: `the frontmatter field "${field}" is not known`,
        fix: `check the spelling; the fields are: ${known.join(', ')}`,
      });
    }
  }
  const result = policyFrontmatter.safeParse(data);
  if (!result.success) {
    const reported = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (reported.has(field)) continue;
      reported.add(field);
      const value = data[field];
      if (value === undefined || value === null) {
        problems.push({
          file,
          line: fieldLines.get(field) ?? 1,
          message: `the frontmatter has no "${field}"`,
          fix: `add a line like \`${FIELD_EXAMPLES[field] ?? `${field}: …`}\` between the --- lines at the top`,
        });
      } else {
        const quoted = (typeof value === 'number' || value instanceof Date) && ['version', 'updated', 'errata'].includes(field);
        problems.push({
          file,
          line: fieldLines.get(field),
          message: `the frontmatter field "${field}" has a wrong value (${value instanceof Date ? 'a date without quotes' : JSON.stringify(value)})`,
          fix: quoted ? `put the value in quotes, e.g. \`${FIELD_EXAMPLES[field]}\`` : issue.message,
        });
      }
    }
    return { frontmatter: undefined, problems };
  }
  if (result.data.summary.startsWith('TODO')) {
    problems.push({
      file,
      line: fieldLines.get('summary'),
      message: 'the summary is still the placeholder written by `npm run new-version`',
      fix: 'replace it with one or two sentences, for readers of the changelog, on what changed in this version',
    });
  }
  return { frontmatter: result.data, problems };
}

const MAILTO = /^mailto:[^@\s/?#]+@[^@\s/?#]+\.[a-z]{2,}(?:\?.*)?$/i;

/** Checks every link in a parsed file: `#id` must name a section (or former id) of the same file, addresses must be well-formed. */
export function checkLinks(tree: Root, sections: readonly Section[], file: string): Problem[] {
  const targets = new Set(sections.flatMap((section) => (section.id === INTRO_ID ? section.aliases : [section.id, ...section.aliases])));
  const problems: Problem[] = [];
  visit(tree, 'link', (link: Link) => {
    const url = link.url.trim();
    const line = link.position?.start.line;
    if (url.startsWith('#')) {
      if (!targets.has(url.slice(1))) {
        problems.push({
          file,
          line,
          message: `the link "${url}" goes to no section in this file`,
          fix: `link to one of the section ids of this file: ${[...targets].map((id) => `#${id}`).join(', ')}`,
        });
      }
    } else if (/^mailto:/i.test(url)) {
      if (!MAILTO.test(url)) {
        problems.push({
          file,
          line,
          message: `the e-mail link "${url}" is not a valid address`,
          fix: 'write it as [name@example.no](mailto:name@example.no)',
        });
      }
    } else if (/^https?:/i.test(url)) {
      if (!isWebAddress(url)) {
        problems.push({
          file,
          line,
          message: `the web link "${url}" is not a valid address`,
          fix: 'write it as [example.no](https://example.no/page), with no spaces',
        });
      }
    } else {
      problems.push({
        file,
        line,
        message: `the link "${url}" is not a web address, an e-mail address or a section link`,
        fix: 'link to https://…, mailto:… or #section-id',
      });
    }
  });
  return problems;
}

function isWebAddress(url: string): boolean {
  if (/\s/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return /^[^.]+(\.[^.]+)+$/.test(parsed.hostname);
  } catch {
    return false;
  }
}

/** A content file after the per-file rules: what later rules need. */
export interface CheckedVersion {
  key: string;
  path: string;
  text: string;
  document: string;
  locale: Locale;
  /** The version from the file name. */
  version: string;
  frontmatter: PolicyFrontmatter | undefined;
  sections: Section[] | undefined;
  fieldLines: Map<string, number>;
}

/** Runs the rules that need only one file: location, MDX syntax, section ids, frontmatter, links and style. */
export async function checkFile(entry: ContentFile): Promise<{ checked: CheckedVersion | undefined; problems: Problem[] }> {
  const file = entry.path;
  const [document = '', locale = '', name = ''] = entry.key.split('/');
  if (!isLocale(locale)) {
    return {
      checked: undefined,
      problems: [
        {
          file,
          message: `the folder "${locale}" is not a language of the site`,
          fix: `put the file under ${LOCALES.map((l) => `${document}/${l}/`).join(' or ')}`,
        },
      ],
    };
  }
  const version = name.replace(/\.mdx$/, '');
  const problems: Problem[] = [];
  const reading = await readSource(entry.text, entry.path);
  for (const problem of reading.problems)
    problems.push({ file, line: problem.line, ...explainReadingProblem(problem.kind, problem.reason) });
  const fieldLines = frontmatterLines(entry.text);
  const data = reading.source?.data ?? {};
  let frontmatter: PolicyFrontmatter | undefined;
  if (reading.source) {
    const result = checkFrontmatter(data, fieldLines, file);
    frontmatter = result.frontmatter;
    problems.push(...result.problems);
  }
  if (frontmatter && frontmatter.version !== version) {
    problems.push({
      file,
      line: fieldLines.get('version'),
      message: `the version is "${frontmatter.version}" but the file is named ${name}`,
      fix: `make them the same: \`version: "${version}"\`, or rename the file to ${frontmatter.version}.mdx`,
    });
  }
  let sections: Section[] | undefined;
  if (reading.source) {
    sections = splitSections(reading.source.tree);
    problems.push(...checkLinks(reading.source.tree, sections, file));
    for (const finding of await lintSource(entry.text))
      problems.push({ file, line: finding.line, message: finding.message, fix: finding.fix });
  }
  return {
    checked: { key: entry.key, path: entry.path, text: entry.text, document, locale, version, frontmatter, sections, fieldLines },
    problems,
  };
}

/** Turns a parser's or the section-id plugin's reason into "what is wrong" and "how to fix it". */
function explainReadingProblem(kind: 'syntax' | 'frontmatter' | 'section-id', reason: string): { message: string; fix: string } {
  if (kind === 'section-id') {
    const [message = reason, fix = 'see "Section ids" in docs/editing.md'] = reason.split(' — ');
    return { message, fix };
  }
  if (kind === 'frontmatter') {
    return {
      message: `the frontmatter (between the --- lines) cannot be read: ${reason}`,
      fix: 'write one `field: value` per line; put values with : [ ] { } # in quotes',
    };
  }
  return {
    message: `the MDX cannot be read: ${reason}`,
    fix: 'look on this line for an unclosed < or {, or a stray character; to show < or { as text, write \\< or \\{',
  };
}

/** How many list items a section has. */
function listItemCount(section: Section): number {
  return section.blocks.reduce((sum, block) => sum + (block.kind === 'list' ? block.items.length : 0), 0);
}

/** A section's blocks in reading order, e.g. "a paragraph, a list of 5 items, a paragraph". */
function blockShape(section: Section): string {
  return section.blocks
    .map((block) =>
      block.kind === 'list' ? `a list of ${block.items.length} items` : block.kind === 'paragraph' ? 'a paragraph' : 'a block',
    )
    .join(', ');
}

function describeDepth(depth: number): string {
  return depth === 3 ? 'a subsection (###)' : depth === 2 ? 'a section (##)' : 'the introduction';
}

/** Checks that a translation has the same sections, in the same order, with the same list items and former ids, as the reference file. */
export function checkTranslationParity(reference: CheckedVersion, translation: CheckedVersion): Problem[] {
  if (!reference.sections || !translation.sections) return [];
  const file = translation.path;
  const refName = `${reference.locale}/${reference.version}.mdx`;
  const problems: Problem[] = [];
  const refById = new Map(reference.sections.map((section) => [section.id, section]));
  const ownById = new Map(translation.sections.map((section) => [section.id, section]));
  for (const section of reference.sections) {
    if (!ownById.has(section.id)) {
      problems.push({
        file,
        message: `the section "${section.id}" ("${section.title || 'introduction'}", line ${section.line ?? '?'} of ${refName}) is missing here`,
        fix: `translate it and add it in the same place, with the same id: "${'#'.repeat(section.depth)} … [#${section.id}]"`,
      });
    }
  }
  for (const section of translation.sections) {
    const counterpart = refById.get(section.id);
    if (!counterpart) {
      problems.push({
        file,
        line: section.line,
        message: `the section "${section.id}" is not in ${refName}`,
        fix: `every language must have the same sections: remove it here, or add it to ${refName} with the same id`,
      });
      continue;
    }
    if (counterpart.depth !== section.depth) {
      problems.push({
        file,
        line: section.line,
        message: `"${section.id}" is ${describeDepth(section.depth)} here but ${describeDepth(counterpart.depth)} in ${refName}`,
        fix: `use the same heading level as in ${refName}`,
      });
    }
    const ownItems = listItemCount(section);
    const refItems = listItemCount(counterpart);
    if (ownItems !== refItems) {
      problems.push({
        file,
        line: section.line,
        message: `the section "${section.id}" has ${ownItems} list items here but ${refItems} in ${refName}`,
        fix: `a translation keeps every list item: make both have the same items (${refItems} in ${refName})`,
      });
    }
    const ownShape = blockShape(section);
    const refShape = blockShape(counterpart);
    if (ownItems === refItems && ownShape !== refShape) {
      problems.push({
        file,
        line: section.line,
        message: `the section "${section.id}" is made of ${ownShape || 'nothing'} here but ${refShape || 'nothing'} in ${refName}`,
        fix: `a translation keeps every paragraph and list, in the same order: make this section match ${refName}`,
      });
    }
    const ownAliases = [...section.aliases].sort().join(', ');
    const refAliases = [...counterpart.aliases].sort().join(', ');
    if (ownAliases !== refAliases) {
      problems.push({
        file,
        line: section.line,
        message: `the former ids of "${section.id}" are [${ownAliases}] here but [${refAliases}] in ${refName}`,
        fix: `write the same "formerly:" list in both languages`,
      });
    }
  }
  const common = (sections: Section[], other: Map<string, Section>) => sections.filter((section) => other.has(section.id));
  const refOrder = common(reference.sections, ownById);
  const ownOrder = common(translation.sections, refById);
  const firstMismatch = ownOrder.findIndex((section, index) => section.id !== refOrder[index]?.id);
  if (firstMismatch >= 0) {
    const section = ownOrder[firstMismatch];
    problems.push({
      file,
      line: section?.line,
      message: `the sections come in a different order than in ${refName}, starting with "${section?.id}"`,
      fix: `put them in the same order as in ${refName}: ${refOrder.map((s) => s.id).join(', ')}`,
    });
  }
  return problems;
}

/** Checks that the languages of one version agree on its date, status and kind of change. */
export function checkTranslationMetadata(reference: CheckedVersion, translation: CheckedVersion): Problem[] {
  if (!reference.frontmatter || !translation.frontmatter) return [];
  const problems: Problem[] = [];
  for (const field of ['updated', 'status', 'change'] as const) {
    const own = translation.frontmatter[field];
    const ref = reference.frontmatter[field];
    if (own !== ref) {
      problems.push({
        file: translation.path,
        line: translation.fieldLines.get(field),
        message: `"${field}" is "${own}" here but "${ref}" in ${reference.locale}/${reference.version}.mdx`,
        fix: 'use the same value in every language of a version',
      });
    }
  }
  return problems;
}

/** Versions of one document in one language, oldest first (by the day they take effect, then by name). */
function oldestFirst(versions: CheckedVersion[]): CheckedVersion[] {
  return versions
    .filter((entry) => entry.frontmatter)
    .sort(
      (a, b) =>
        startOfPartialDate(a.frontmatter?.updated ?? '').localeCompare(startOfPartialDate(b.frontmatter?.updated ?? '')) ||
        compareVersionNames(a.version, b.version),
    );
}

/** Checks one document's versions in one language: same slug, dates in the same order as names, at most one upcoming version. */
export function checkVersionOrder(versions: CheckedVersion[], today: string): Problem[] {
  const problems: Problem[] = [];
  const ordered = oldestFirst(versions);
  const slugSource = ordered.find((entry) => entry.frontmatter?.status === 'published') ?? ordered[0];
  for (const entry of ordered) {
    const slug = entry.frontmatter?.slug;
    if (slugSource && slug !== slugSource.frontmatter?.slug) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('slug'),
        message: `the slug "${slug}" differs from "${slugSource.frontmatter?.slug}" in ${slugSource.locale}/${slugSource.version}.mdx`,
        fix: `use \`slug: ${slugSource.frontmatter?.slug}\` — the slug is the document's address, and changing it would break every link to it`,
      });
    }
  }
  for (let index = 1; index < ordered.length; index++) {
    const earlier = ordered[index - 1];
    const later = ordered[index];
    if (!earlier?.frontmatter || !later?.frontmatter) continue;
    const earlierDay = startOfPartialDate(earlier.frontmatter.updated);
    const laterDay = startOfPartialDate(later.frontmatter.updated);
    if (earlierDay === laterDay) {
      problems.push({
        file: later.path,
        line: later.fieldLines.get('updated'),
        message: `versions "${earlier.version}" and "${later.version}" take effect on the same day (${laterDay})`,
        fix: 'give the newer version a later "updated:" date, so that readers can tell which one applies',
      });
    } else if (compareVersionNames(earlier.version, later.version) > 0) {
      // Blame the file being worked on (a draft) when there is one: published versions are locked.
      const blameEarlier = earlier.frontmatter.status === 'draft' && later.frontmatter.status !== 'draft';
      const [target, other] = blameEarlier ? [earlier, later] : [later, earlier];
      const relation = blameEarlier ? 'before' : 'after';
      const nameRelation = blameEarlier ? 'after' : 'before';
      problems.push({
        file: target.path,
        line: target.fieldLines.get('updated'),
        message: `version "${target.version}" is dated "${target.frontmatter?.updated}", ${relation} version "${other.version}" ("${other.frontmatter?.updated}"), but its name sorts ${nameRelation} it`,
        fix: 'check "updated:" in both files: versions must be named in the order they take effect (e.g. the year and month)',
      });
    }
  }
  const published = ordered.filter((entry) => entry.frontmatter?.status === 'published');
  const upcoming = classifyVersions(
    published.map((entry) => ({ version: entry.version, updated: entry.frontmatter?.updated ?? '', status: 'published' as const, entry })),
    today,
  )
    .filter((version) => version.state === 'upcoming')
    .reverse();
  for (const extra of upcoming.slice(1)) {
    const first = upcoming[0];
    problems.push({
      file: extra.entry.path,
      line: extra.entry.fieldLines.get('status'),
      message: `version "${extra.version}" would be the second upcoming version: "${first?.version}" already takes effect on ${first?.effective}`,
      fix: `only one version may wait to take effect: keep "${extra.version}" as \`status: draft\` and publish it after ${first?.effective}`,
    });
  }
  return problems;
}

/** Same title, or the same place and shape: the simple, documented rename heuristic. */
function looksRenamed(before: Section, after: Section, beforeIndex: number, afterIndex: number): 'title' | 'place' | undefined {
  if (before.title.trim().toLowerCase() === after.title.trim().toLowerCase()) return 'title';
  const shape = (section: Section) => section.blocks.map((block) => (block.kind === 'list' ? `l${block.items.length}` : 'p')).join(',');
  if (beforeIndex === afterIndex && before.depth === after.depth && shape(before) === shape(after)) return 'place';
  return undefined;
}

/**
 * Checks section ids across one document's versions in one language, oldest first:
 * an id is never given to a different section (one that disappeared and comes back,
 * or one that was another section's former id), former ids are kept, and a section
 * that looks renamed lists its old id.
 */
export function checkIdHistory(versions: CheckedVersion[]): Problem[] {
  const problems: Problem[] = [];
  const ordered = oldestFirst(versions).filter((entry) => entry.sections);
  /** id → the version in which it stopped being used. */
  const removedIn = new Map<string, string>();
  /** former id → the section that took it over, and since which version. */
  const formerOf = new Map<string, { owner: string; since: string }>();
  let previous: CheckedVersion | undefined;
  for (const entry of ordered) {
    const sections = (entry.sections ?? []).filter((section) => section.id !== INTRO_ID);
    const liveIds = new Set(sections.map((section) => section.id));
    const aliasIds = new Set(sections.flatMap((section) => section.aliases));
    for (const section of sections) {
      const former = formerOf.get(section.id);
      const removed = removedIn.get(section.id);
      if (former && former.owner !== section.id && !section.aliases.includes(former.owner)) {
        problems.push({
          file: entry.path,
          line: section.line,
          message: `the id "${section.id}" became a former id of the section "${former.owner}" in version ${former.since}, so it cannot name another section`,
          fix: 'old links to this id land on that section: choose a new id for this one',
        });
      } else if (removed) {
        problems.push({
          file: entry.path,
          line: section.line,
          message: `the id "${section.id}" was used for a section that was removed in version ${removed}`,
          fix: 'an id is never reused: choose a new id for this section',
        });
      }
    }
    if (previous?.sections) {
      const before = previous.sections.filter((section) => section.id !== INTRO_ID);
      const added = sections.filter((section) => !before.some((old) => old.id === section.id || section.aliases.includes(old.id)));
      before.forEach((old, oldIndex) => {
        const now = sections.find((section) => section.id === old.id);
        if (now) {
          for (const alias of old.aliases.filter((alias) => !now.aliases.includes(alias))) {
            problems.push({
              file: entry.path,
              line: now.line,
              message: `the former id "${alias}" of "${now.id}" (in version ${previous?.version}) is no longer listed`,
              fix: `keep it, so that old links still land here: "[#${now.id} formerly: ${[...now.aliases, alias].join(', ')}]"`,
            });
          }
          return;
        }
        if (aliasIds.has(old.id)) return;
        for (const candidate of added) {
          const how = looksRenamed(old, candidate, oldIndex, sections.indexOf(candidate));
          if (!how) continue;
          problems.push({
            file: entry.path,
            line: candidate.line,
            message: `the section "${old.id}" of version ${previous?.version} seems renamed to "${candidate.id}" (${how === 'title' ? 'same title' : 'same place and shape'}) without listing its old id`,
            fix: `keep old links working: end the heading with "[#${candidate.id} formerly: ${[...candidate.aliases, old.id].join(', ')}]"`,
          });
          break;
        }
      });
      for (const old of before) {
        if (!liveIds.has(old.id) && !aliasIds.has(old.id) && !removedIn.has(old.id)) removedIn.set(old.id, entry.version);
      }
    }
    for (const section of sections) {
      for (const alias of section.aliases) if (!formerOf.has(alias)) formerOf.set(alias, { owner: section.id, since: entry.version });
      if (removedIn.has(section.id) && liveIds.has(section.id)) removedIn.delete(section.id);
    }
    previous = entry;
  }
  return problems;
}

/** Checks published versions against the lock: locked, unchanged, errata kept, never back to draft, never deleted. */
export function checkLock(versions: CheckedVersion[], lock: VersionLock, lockPath: string, contentDirLabel: string): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(versions.map((entry) => [entry.key, entry]));
  for (const entry of versions) {
    const locked = lock.versions[entry.key];
    const status = entry.frontmatter?.status;
    const command = `npm run publish-version -- ${entry.document} ${entry.version}`;
    if (status === 'draft' && locked) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('status'),
        message: 'this version has been published and cannot go back to draft',
        fix: 'set `status: published` again; to change or withdraw text, publish a new version (see docs/editing.md)',
      });
    } else if (status === 'published' && !locked) {
      problems.push({
        file: entry.path,
        line: entry.fieldLines.get('status'),
        message: `this version is marked published but was never locked in ${lockPath}`,
        fix: `publish with \`${command}\`, which checks the version and locks it; or set \`status: draft\``,
      });
    } else if (status === 'published' && locked && hashVersionText(entry.text) !== locked.sha256) {
      const errata = entry.frontmatter?.errata.length ?? 0;
      if (errata < locked.errata) {
        problems.push({
          file: entry.path,
          line: entry.fieldLines.get('errata'),
          message: `this published version had ${locked.errata} errata but now has ${errata}`,
          fix: `errata stay visible for good: restore them with \`git checkout -- ${entry.path}\``,
        });
      } else {
        problems.push({
          file: entry.path,
          message: `this published version has been changed since it was published (it no longer matches ${lockPath})`,
          fix:
            `published text never changes silently. To change what the notice says, undo the edit (\`git checkout -- ${entry.path}\`) and make a new version: ` +
            `\`npm run new-version -- ${entry.document} <new-version>\`. To correct a typo only, keep the edit and record a visible erratum: ` +
            `\`npm run publish-version -- --erratum ${entry.document} ${entry.version} "what was corrected"\``,
        });
      }
    }
  }
  for (const key of Object.keys(lock.versions)) {
    if (!byKey.has(key)) {
      const path = `${contentDirLabel}/${key}`;
      problems.push({
        file: path,
        message: 'this published version has been deleted',
        fix: `a published version stays online for good: restore it with \`git checkout -- ${path}\``,
      });
    }
  }
  return problems;
}

/** Runs every content rule over a content set and returns all problems, in reading order. */
export async function checkContent(content: ContentSet): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const stray of content.strayFiles) {
    problems.push({
      file: stray,
      message: 'this file is not read by the site',
      fix: 'documents live at {document}/{language}/{version}.mdx inside the content folder, e.g. privacy/nb/2026.mdx',
    });
  }
  const checked: CheckedVersion[] = [];
  for (const file of content.files) {
    const result = await checkFile(file);
    problems.push(...result.problems);
    if (result.checked) checked.push(result.checked);
  }
  const documents = new Set(checked.map((entry) => entry.document));
  for (const document of documents) {
    const ofDocument = checked.filter((entry) => entry.document === document);
    const versionNames = new Set(ofDocument.map((entry) => entry.version));
    for (const version of versionNames) {
      const languages = ofDocument.filter((entry) => entry.version === version);
      const reference = languages.find((entry) => entry.locale === DEFAULT_LOCALE) ?? languages[0];
      if (!reference) continue;
      for (const locale of LOCALES) {
        if (!languages.some((entry) => entry.locale === locale)) {
          const missing = reference.path.replace(`/${reference.locale}/`, `/${locale}/`);
          problems.push({
            file: reference.path,
            message: `there is no ${locale} translation of this version (${missing} is missing)`,
            fix: `every version exists in ${LOCALES.join(' and ')}: create ${missing} with the same sections and ids`,
          });
        }
      }
      for (const translation of languages) {
        if (translation === reference) continue;
        problems.push(...checkTranslationParity(reference, translation), ...checkTranslationMetadata(reference, translation));
      }
    }
    for (const locale of LOCALES) {
      const ofLocale = ofDocument.filter((entry) => entry.locale === locale);
      problems.push(...checkVersionOrder(ofLocale, content.today), ...checkIdHistory(ofLocale));
    }
  }
  const contentDirLabel = content.lockPath.slice(0, -(LOCK_FILE_NAME.length + 1)) || '.';
  problems.push(...checkLock(checked, content.lock, content.lockPath, contentDirLabel));
  return sortProblems(problems);
}

/** Where a content directory's lock file lives. */
export function lockFileOf(contentDir: string): string {
  return join(contentDir, LOCK_FILE_NAME);
}

/** Reads a content directory (e.g. `content/`) into a content set: every document file, the lock, and stray files. */
export async function loadContentDir(contentDir: string, today: string, cwd: string = process.cwd()): Promise<ContentSet> {
  const label = (path: string) => {
    const shown = relative(cwd, path);
    return shown.startsWith('..') ? path : shown.split(sep).join('/') || '.';
  };
  const files: ContentFile[] = [];
  const strayFiles: string[] = [];
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((dirent) => dirent.isFile())) {
    const absolute = join(entry.parentPath, entry.name);
    const key = relative(contentDir, absolute).split(sep).join('/');
    const depth = key.split('/').length;
    if (depth === 3 && key.endsWith('.mdx')) files.push({ key, path: label(absolute), text: await readFile(absolute, 'utf8') });
    else if (depth >= 2 && /\.(mdx?|markdown)$/i.test(key)) strayFiles.push(label(absolute));
  }
  files.sort((a, b) => a.key.localeCompare(b.key));
  const lockPath = lockFileOf(contentDir);
  const lock = existsSync(lockPath) ? parseLock(await readFile(lockPath, 'utf8')) : { versions: {} };
  return { files, lock, lockPath: label(lockPath), strayFiles: strayFiles.sort(), today };
}
