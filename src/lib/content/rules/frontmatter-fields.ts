import { policyFrontmatter } from '~/schemas/policy';
import type { ContentRule, VersionFile } from './parsed-content';
import { placeOfField } from './place';
import type { Problem } from './problem';

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
  wordingOnly: 'wordingOnly: [] (or a list of { section, reason })',
};

/** Fields whose values YAML would read as a number or date unless quoted. */
const QUOTED_FIELDS = ['version', 'updated', 'errata'];

/** The frontmatter of one file: known fields, valid values, no placeholder left, and the version named like the file. */
export function checkFrontmatter(entry: VersionFile): Problem[] {
  const { path: file, data } = entry;
  const problems: Problem[] = [];
  const known = Object.keys(policyFrontmatter.shape);
  for (const field of Object.keys(data).filter((field) => !known.includes(field))) {
    problems.push({
      file,
      ...placeOfField(entry, field),
      message: `the frontmatter field "${field}" is not known`,
      fix: `check the spelling; the fields are: ${known.join(', ')}`,
    });
  }
  const reported = new Set<string>();
  for (const issue of entry.schemaIssues) {
    const field = String(issue.path[0] ?? '');
    if (reported.has(field)) continue;
    reported.add(field);
    const value = data[field];
    if (value === undefined || value === null) {
      problems.push({
        file,
        // Where to add it: before the closing ---.
        ...placeOfField(entry, field),
        message: `the frontmatter has no "${field}"`,
        fix: `add a line like \`${FIELD_EXAMPLES[field] ?? `${field}: …`}\` before this closing --- line`,
      });
    } else {
      const quote = (typeof value === 'number' || value instanceof Date) && QUOTED_FIELDS.includes(field);
      problems.push({
        file,
        ...placeOfField(entry, field),
        message: `the frontmatter field "${field}" has a wrong value (${value instanceof Date ? 'a date without quotes' : JSON.stringify(value)})`,
        fix: quote ? `put the value in quotes, e.g. \`${FIELD_EXAMPLES[field]}\`` : issue.message,
      });
    }
  }
  const frontmatter = entry.frontmatter;
  if (!frontmatter) return problems;
  if (frontmatter.summary.startsWith('TODO')) {
    problems.push({
      file,
      ...placeOfField(entry, 'summary'),
      message: 'the summary is still the placeholder written by `npm run new-version`',
      fix: 'replace it with one or two sentences, for readers of the changelog, on what changed in this version',
    });
  }
  if (frontmatter.version !== entry.version) {
    problems.push({
      file,
      ...placeOfField(entry, 'version'),
      message: `the version is "${frontmatter.version}" but the file is named ${entry.version}.mdx`,
      fix: `make them the same: \`version: "${entry.version}"\`, or rename the file to ${frontmatter.version}.mdx`,
    });
  }
  return problems;
}

/** The frontmatter rule family, over every readable file. */
export const frontmatterRule: ContentRule = ({ versions }) => versions.filter((entry) => entry.tree).flatMap(checkFrontmatter);
