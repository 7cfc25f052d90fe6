import { LOCALES, type Locale } from '~/i18n/locales';
import { contentDirLabel, loadContentDir, type ContentSet } from '~/lib/content/content-set';
import { groupBy, parseContentFile, timelineFacts, type VersionFile } from '~/lib/content/rules/parsed-content';
import { INTRO_ID, type Section } from '~/lib/content/sections';
import { classifyVersions, type VersionState } from '~/lib/versions/timeline';
import { articleLabel, CHECKLIST } from './checklist';
import { claimsFileParts, claimsKey, readClaims, type SectionClaim } from './claims';
import { coverageOf, type Coverage } from './coverage';

/*
 * The checklist report: for every document that has claims files, the coverage of
 * the versions editors can still act on (the current one, upcoming ones, drafts),
 * per language. Uncovered items are warnings, never problems: the notice's text
 * is the company's decision, and the checklist is an aid, not legal advice.
 */

/** One version of a document in one language, with its claims and what they cover. */
export interface ChecklistVersion {
  document: string;
  locale: Locale;
  version: string;
  state: VersionState;
  /** The language file, e.g. `content/privacy/nb/2025.mdx`. */
  path: string;
  /** The URL segment of the document in this language. */
  slug: string;
  /** The claims file as shown to editors, e.g. `content/privacy/2025.checklist.yaml`. */
  claimsPath: string;
  /** The claims, or undefined when the version has no claims file. */
  claims: SectionClaim[] | undefined;
  sections: Section[];
  coverage: Coverage[];
}

/** The states worth reporting: what readers see now, and what editors are preparing. */
const REPORTED: readonly VersionState[] = ['current', 'upcoming', 'draft'];

/** The claims of every claims file that is where claims files live, by `document/version`. */
export function claimsByVersion(set: ContentSet): Map<string, SectionClaim[]> {
  const byVersion = new Map<string, SectionClaim[]>();
  for (const file of set.claimFiles ?? []) {
    const parts = claimsFileParts(file.key);
    if (parts) byVersion.set(`${parts.document}/${parts.version}`, readClaims(file).claims);
  }
  return byVersion;
}

/** Every reported version of every document with claims files: by document, then language (Norwegian first), the current version first. */
export function checklistVersions(set: ContentSet, versions: readonly VersionFile[]): ChecklistVersion[] {
  const claims = claimsByVersion(set);
  const documents = new Set([...claims.keys()].map((key) => key.split('/')[0]));
  const contentDir = contentDirLabel(set.lockPath);
  const result: ChecklistVersion[] = [];
  for (const group of groupBy(versions, (entry) => `${entry.document}/${entry.locale}`)) {
    const dated = classifyVersions(
      group.flatMap((entry) =>
        entry.frontmatter && documents.has(entry.document) ? [{ ...timelineFacts(entry), status: entry.frontmatter.status, entry }] : [],
      ),
      set.today,
    );
    for (const { entry, state } of dated.filter((candidate) => REPORTED.includes(candidate.state))) {
      const own = claims.get(`${entry.document}/${entry.version}`);
      const sections = (entry.sections ?? []).filter((section) => section.id !== INTRO_ID);
      result.push({
        document: entry.document,
        locale: entry.locale,
        version: entry.version,
        state,
        path: entry.path,
        slug: entry.frontmatter?.slug ?? entry.document,
        claimsPath: `${contentDir}/${claimsKey(entry.document, entry.version)}`,
        claims: own,
        sections,
        coverage: coverageOf(own ?? [], sections),
      });
    }
  }
  const order = (entry: ChecklistVersion) => [LOCALES.indexOf(entry.locale), REPORTED.indexOf(entry.state)] as const;
  return result.sort(
    (a, b) =>
      a.document.localeCompare(b.document) || order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1] || b.version.localeCompare(a.version),
  );
}

/** The reported versions of a content set, read from its files. */
async function readChecklist(set: ContentSet): Promise<ChecklistVersion[]> {
  const versions: VersionFile[] = [];
  for (const file of set.files) {
    const parsed = await parseContentFile(file);
    if (parsed.version) versions.push(parsed.version);
  }
  return checklistVersions(set, versions);
}

/** Reads a content folder for the editors' page: its reported versions with their coverage. */
export async function loadChecklist(contentDir: string, today: string): Promise<ChecklistVersion[]> {
  return readChecklist(await loadContentDir(contentDir, today));
}

/**
 * What `npm run check:content` prints after the rules: the warnings, and with
 * `table` the whole coverage table; without `table`, nothing when no document has claims files.
 */
export async function checklistReport(set: ContentSet, options: { table: boolean }): Promise<string | undefined> {
  const entries = await readChecklist(set);
  if (entries.length === 0) {
    return options.table
      ? `GDPR checklist: no document in ${contentDirLabel(set.lockPath)}/ has a checklist file (see "The GDPR checklist" in docs/editing.md)`
      : undefined;
  }
  const warnings = checklistWarnings(entries);
  const heading = `GDPR checklist for ${contentDirLabel(set.lockPath)}/ — an aid for editors, not legal advice (see "The GDPR checklist" in docs/editing.md):`;
  const summary =
    warnings.length === 0
      ? '✔ every checklist item is claimed by a section'
      : `⚠ ${warnings.length} checklist warning${warnings.length === 1 ? '' : 's'} (they never fail the check or the build): tag the section that says it in the version's checklist file; ` +
        "if no section says it, what the notice should say is the company's decision — never add text just to silence a warning";
  return [heading, ...(options.table ? [coverageTable(entries)] : []), ...(warnings.length > 0 ? [warnings.join('\n')] : []), summary].join(
    '\n\n',
  );
}

/** `current version`, `draft`, `upcoming version`. */
export function stateLabel(state: VersionState): string {
  return state === 'draft' ? 'draft' : `${state} version`;
}

/** The checklist warnings, one line each: per document, language and version, every item no section covers. */
export function checklistWarnings(entries: readonly ChecklistVersion[]): string[] {
  return entries.flatMap((entry) => {
    const where = `${entry.path}: warning (${stateLabel(entry.state)} ${entry.version})`;
    if (!entry.claims) {
      return [
        `${where}: this version has no checklist file, so its coverage is unknown — copy the previous version's file to ${entry.claimsPath} and tag the sections that changed`,
      ];
    }
    return entry.coverage
      .filter((covered) => covered.sections.length === 0)
      .map(({ item }) => {
        const what = `${articleLabel(item.article, entry.locale)} — ${item.description[entry.locale]} — not covered by any section`;
        return item.applies === 'always'
          ? `${where}: ${what}`
          : `${where}: ${what}; check whether this applies: ${item.condition[entry.locale]}`;
      });
  });
}

/** `#your-rights “7. Dine rettigheter”`. */
function sectionLabel(section: Section): string {
  return `#${section.id} “${section.title}”`;
}

/** The whole table, item → covering sections, per document, language and version. */
export function coverageTable(entries: readonly ChecklistVersion[]): string {
  return entries
    .map((entry) => {
      const heading = `${entry.path} (${stateLabel(entry.state)} ${entry.version}; claims in ${entry.claimsPath}${entry.claims ? '' : ', which is missing'}):`;
      const width = Math.max(...CHECKLIST.map((item) => articleLabel(item.article, entry.locale).length));
      const rows = entry.coverage.map(({ item, sections }) => {
        const applies = item.applies === 'always' ? 'always     ' : 'conditional';
        const covered = sections.length > 0 ? sections.map(sectionLabel).join(', ') : 'not covered by any section';
        return `  ${articleLabel(item.article, entry.locale).padEnd(width)}  ${applies}  ${covered}`;
      });
      return [heading, ...rows].join('\n');
    })
    .join('\n\n');
}
