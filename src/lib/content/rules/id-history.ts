import { INTRO_ID, type Section } from '../sections';
import { histories, oldestFirst, type ContentRule, type VersionFile } from './parsed-content';
import type { Problem } from './problem';

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
export function checkIdHistory(versions: VersionFile[]): Problem[] {
  const problems: Problem[] = [];
  const ordered = oldestFirst(versions).filter((entry) => entry.sections);
  /** id → the version in which it stopped being used. */
  const removedIn = new Map<string, string>();
  /** former id → the section that took it over, and since which version. */
  const formerOf = new Map<string, { owner: string; since: string }>();
  let previous: VersionFile | undefined;
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


/** Section ids across each document's versions in each language. */
export const idHistoryRule: ContentRule = ({ versions }) => histories(versions).flatMap(checkIdHistory);
