import { DEFAULT_LOCALE, LOCALES } from '~/i18n/locales';
import type { Section } from '../sections';
import { groupBy, type ContentRule, type VersionFile } from './parsed-content';
import { placeAt, placeOfField, placeOfSection } from './place';
import type { Place, Problem } from './problem';

/*
 * Every version exists in every language, and a translation keeps the reference
 * (Norwegian) file's structure: the same sections in the same order, the same
 * paragraphs and list items, the same former ids, and the same date, status and
 * kind of change.
 */

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

/**
 * Where a section missing from a translation belongs: before the heading of the next
 * section of the reference file that the translation has, or after its last text.
 */
function whereMissingGoes(reference: readonly Section[], index: number, translation: VersionFile): { place: Place; where: string } {
  const own = new Map((translation.sections ?? []).map((section) => [section.id, section]));
  const next = reference.slice(index + 1).find((section) => own.has(section.id) && section.line !== undefined);
  const nextOwn = next && own.get(next.id);
  if (nextOwn?.line !== undefined) return { place: placeOfSection(translation.text, nextOwn), where: 'before this heading' };
  return { place: placeAt(translation.text, translation.text.split('\n').length), where: 'at the end of the file' };
}

/** Checks that a translation has the same sections, in the same order, with the same list items and former ids, as the reference file. */
export function checkTranslationParity(reference: VersionFile, translation: VersionFile): Problem[] {
  if (!reference.sections || !translation.sections) return [];
  const file = translation.path;
  const refName = `${reference.locale}/${reference.version}.mdx`;
  const problems: Problem[] = [];
  const refById = new Map(reference.sections.map((section) => [section.id, section]));
  const ownById = new Map(translation.sections.map((section) => [section.id, section]));
  reference.sections.forEach((section, index, sections) => {
    if (ownById.has(section.id)) return;
    const { place, where } = whereMissingGoes(sections, index, translation);
    problems.push({
      file,
      ...place,
      message: `the section "${section.id}" ("${section.title || 'introduction'}", line ${section.line ?? '?'} of ${refName}) is missing here`,
      fix: `translate it and add it ${where}, with the same id: "${'#'.repeat(section.depth)} … [#${section.id}]"`,
    });
  });
  for (const section of translation.sections) {
    const counterpart = refById.get(section.id);
    if (!counterpart) {
      problems.push({
        file,
        ...placeOfSection(translation.text, section),
        message: `the section "${section.id}" is not in ${refName}`,
        fix: `every language must have the same sections: remove it here, or add it to ${refName} with the same id`,
      });
      continue;
    }
    if (counterpart.depth !== section.depth) {
      problems.push({
        file,
        ...placeOfSection(translation.text, section),
        message: `"${section.id}" is ${describeDepth(section.depth)} here but ${describeDepth(counterpart.depth)} in ${refName}`,
        fix: `use the same heading level as in ${refName}`,
      });
    }
    const ownItems = listItemCount(section);
    const refItems = listItemCount(counterpart);
    if (ownItems !== refItems) {
      problems.push({
        file,
        ...placeOfSection(translation.text, section),
        message: `the section "${section.id}" has ${ownItems} list items here but ${refItems} in ${refName}`,
        fix: `a translation keeps every list item: make both have the same items (${refItems} in ${refName})`,
      });
    }
    const ownShape = blockShape(section);
    const refShape = blockShape(counterpart);
    if (ownItems === refItems && ownShape !== refShape) {
      problems.push({
        file,
        ...placeOfSection(translation.text, section),
        message: `the section "${section.id}" is made of ${ownShape || 'nothing'} here but ${refShape || 'nothing'} in ${refName}`,
        fix: `a translation keeps every paragraph and list, in the same order: make this section match ${refName}`,
      });
    }
    const ownAliases = [...section.aliases].sort().join(', ');
    const refAliases = [...counterpart.aliases].sort().join(', ');
    if (ownAliases !== refAliases) {
      problems.push({
        file,
        ...placeOfSection(translation.text, section),
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
      ...placeOfSection(translation.text, section ?? {}),
      message: `the sections come in a different order than in ${refName}, starting with "${section?.id}"`,
      fix: `put them in the same order as in ${refName}: ${refOrder.map((s) => s.id).join(', ')}`,
    });
  }
  return problems;
}

/** Checks that the languages of one version agree on its date, status and kind of change. */
export function checkTranslationMetadata(reference: VersionFile, translation: VersionFile): Problem[] {
  if (!reference.frontmatter || !translation.frontmatter) return [];
  const problems: Problem[] = [];
  for (const field of ['updated', 'status', 'change'] as const) {
    const own = translation.frontmatter[field];
    const ref = reference.frontmatter[field];
    if (own !== ref) {
      problems.push({
        file: translation.path,
        ...placeOfField(translation, field),
        message: `"${field}" is "${own}" here but "${ref}" in ${reference.locale}/${reference.version}.mdx`,
        fix: 'use the same value in every language of a version',
      });
    }
  }
  return problems;
}

/** Every version in every language, each translation matching its reference file. */
export const translationsRule: ContentRule = ({ versions }) => {
  const problems: Problem[] = [];
  for (const languages of groupBy(versions, (entry) => `${entry.document}/${entry.version}`)) {
    const reference = languages.find((entry) => entry.locale === DEFAULT_LOCALE) ?? languages[0];
    if (!reference) continue;
    for (const locale of LOCALES.filter((locale) => !languages.some((entry) => entry.locale === locale))) {
      const missing = reference.path.replace(`/${reference.locale}/`, `/${locale}/`);
      problems.push({
        file: reference.path,
        ...placeOfField(reference, 'version'),
        message: `there is no ${locale} translation of this version (${missing} is missing)`,
        fix: `every version exists in ${LOCALES.join(' and ')}: create ${missing} with the same sections and ids`,
      });
    }
    for (const translation of languages.filter((entry) => entry !== reference)) {
      problems.push(...checkTranslationParity(reference, translation), ...checkTranslationMetadata(reference, translation));
    }
  }
  return problems;
};
