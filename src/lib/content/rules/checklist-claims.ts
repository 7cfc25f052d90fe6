import { DEFAULT_LOCALE } from '~/i18n/locales';
import { claimsFileParts, CLAIMS_SUFFIX, readClaims } from '~/lib/checklist/claims';
import { contentDirLabel } from '../content-set';
import { INTRO_ID } from '../sections';
import type { ContentRule } from './parsed-content';
import { placeAt } from './place';
import type { Problem } from './problem';

/*
 * The GDPR checklist's claims files (src/lib/checklist/claims.ts) are checked like
 * the text: each sits beside a version, names only that version's sections and only
 * checklist items. What the claims leave uncovered is a warning of the checklist
 * report, never a problem here.
 */

/** Every claims file: in its place, for a version that exists, naming its sections and known items. */
export const checklistClaimsRule: ContentRule = ({ set, versions }) => {
  const problems: Problem[] = [];
  const contentDir = contentDirLabel(set.lockPath);
  for (const file of set.claimFiles ?? []) {
    const parts = claimsFileParts(file.key);
    if (!parts) {
      const name = file.key.split('/').at(-1)?.replace(/\.checklist\.ya?ml$/, '') ?? '';
      problems.push({
        file: file.path,
        wholeFile: 'misplaced',
        message: 'this checklist file is not read here',
        fix: `a version's checklist file sits beside the language folders and ends in ${CLAIMS_SUFFIX}: ${contentDir}/{document}/${name}${CLAIMS_SUFFIX}, e.g. ${contentDir}/privacy/2025${CLAIMS_SUFFIX}`,
      });
      continue;
    }
    const ofDocument = versions.filter((entry) => entry.document === parts.document && entry.locale === DEFAULT_LOCALE);
    const reference = ofDocument.find((entry) => entry.version === parts.version);
    if (!reference) {
      const names = ofDocument.map((entry) => `${entry.version}${CLAIMS_SUFFIX}`).join(', ');
      problems.push({
        file: file.path,
        wholeFile: 'misplaced',
        message: `there is no version "${parts.version}" of the document "${parts.document}" for this checklist file`,
        fix: names ? `name the file after the version it describes: ${names}` : `the document "${parts.document}" has no versions: remove this file`,
      });
      continue;
    }
    const { claims, problems: syntax } = readClaims(file);
    problems.push(...syntax);
    const sections = (reference.sections ?? []).filter((section) => section.id !== INTRO_ID);
    for (const claim of claims.filter((candidate) => !sections.some((section) => section.id === candidate.section))) {
      const renamed = sections.find((section) => section.aliases.includes(claim.section));
      problems.push({
        file: file.path,
        ...placeAt(file.text, claim.line ?? 1),
        message: `version ${parts.version} has no section "${claim.section}"`,
        fix: renamed
          ? `"${claim.section}" is a former id: write the section's id, "${renamed.id}"`
          : `use the id of one of its sections (the [#id] at the end of its heading): ${sections.map((section) => section.id).join(', ')}`,
      });
    }
  }
  return problems;
};
