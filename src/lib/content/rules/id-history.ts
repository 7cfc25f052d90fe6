import { fingerprint, sectionSimilarity, type SectionSimilarity } from '~/lib/diff/similarity';
import { INTRO_ID, type Section } from '../sections';
import { histories, oldestFirst, type ContentRule, type VersionFile } from './parsed-content';
import type { Problem } from './problem';

/**
 * Section identity across versions, the one place its rules live. A link to `#id`
 * must keep landing on the text it pointed to, so:
 * - an id is never given to a different section (one that was removed, or one that
 *   became another section's former id), and former ids stay listed;
 * - a section that existed before cannot take another section's old id as `formerly:`;
 * - a section keeps its id where its text went: when a split leaves the id on a part that
 *   kept little of the text, and a new section holds most of it, the editor is asked;
 * - when a section disappears and new ones appear, each new one is compared with it on
 *   heading and text (not on position, which an inserted section shifts), and the best
 *   candidate is put to the editor with its score. The editor answers in the heading:
 *   `formerly: old-id` (the same section, renamed) or `new` (a new section); the answer
 *   stays in the published file, so the question is never asked again.
 */

/** A rename is proposed as likely from this score up, and as a question below it down to `ASK_FROM`. */
export const LIKELY_FROM = 0.6;
/** Below this score a removed and an added section are unrelated, and nothing is asked. */
export const ASK_FROM = 0.3;

/** What the check makes of a removed section and its best new candidate. */
export interface RenameGuess {
  removed: Section;
  candidate: Section;
  similarity: SectionSimilarity;
  /** `likely` when heading and text agree; `unsure` with the reason when they do not. */
  confidence: 'likely' | 'unsure';
  reason: string;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Why a guess is likely or unsure, in words an editor can weigh. */
function judge(similarity: SectionSimilarity, rivals: number): Pick<RenameGuess, 'confidence' | 'reason'> {
  const { heading, body, kept } = similarity;
  const text = `${percent(Math.max(body, kept))} of the text is the same`;
  if (rivals > 0) return { confidence: 'unsure', reason: `${text}, but ${rivals + 1} new sections resemble it about as much` };
  if (similarity.score >= LIKELY_FROM && Math.max(body, kept) >= 0.5) {
    return { confidence: 'likely', reason: heading >= 0.6 ? `similar heading and ${text}` : `${text}, under a different heading` };
  }
  if (heading >= 0.6) return { confidence: 'unsure', reason: `the heading is similar, but only ${text}` };
  return { confidence: 'unsure', reason: `${text}, and the heading is different` };
}

/**
 * For each section of `before` that `after` no longer has (by id or former id), the
 * added section of `after` that most resembles it, when one resembles it enough to ask.
 * Added sections the editor marked `new` are never proposed.
 */
export function guessRenames(before: readonly Section[], after: readonly Section[]): RenameGuess[] {
  const known = new Set(after.flatMap((section) => [section.id, ...section.aliases]));
  const earlier = new Set(before.flatMap((section) => [section.id, ...section.aliases]));
  const removed = before.filter((section) => section.id !== INTRO_ID && !known.has(section.id));
  const added = after.filter(
    (section) => section.id !== INTRO_ID && !section.declaredNew && !earlier.has(section.id) && !section.aliases.some((alias) => earlier.has(alias)),
  );
  if (removed.length === 0 || added.length === 0) return [];
  const guesses: RenameGuess[] = [];
  for (const old of removed) {
    const oldPrint = fingerprint(old);
    const ranked = added
      .map((candidate) => ({ candidate, similarity: sectionSimilarity(oldPrint, fingerprint(candidate)) }))
      .sort((a, b) => b.similarity.score - a.similarity.score);
    const best = ranked[0];
    if (!best || best.similarity.score < ASK_FROM) continue;
    const rivals = ranked.slice(1).filter((other) => other.similarity.score >= best.similarity.score - 0.05).length;
    guesses.push({ removed: old, candidate: best.candidate, similarity: best.similarity, ...judge(best.similarity, rivals) });
  }
  return guesses;
}

/** A section that kept its id while most of its text went to a new section: old links may now open the wrong text. */
export interface StrayId {
  section: Section;
  /** The new section that holds most of the old text, and how much of it. */
  holder: Section;
  kept: number;
  moved: number;
}

/** Below this share of its old text, a section's id no longer points where its text went. */
const KEPT_TOO_LITTLE = 0.25;
/** From this share of another section's old text, a new section is where that text went. */
const TOOK_MOST = 0.6;

/**
 * Sections whose id stayed while their text went to a section that is new in `after`
 * (a split that left the id on the smaller part). The editor decides: move the id, or
 * answer `new` on the new section.
 */
export function guessStrayIds(before: readonly Section[], after: readonly Section[]): StrayId[] {
  const earlier = new Set(before.flatMap((section) => [section.id, ...section.aliases]));
  const added = after.filter((section) => !section.declaredNew && !earlier.has(section.id) && !section.aliases.some((alias) => earlier.has(alias)));
  if (added.length === 0) return [];
  return before.flatMap((old) => {
    const now = after.find((section) => section.id === old.id);
    if (!now || old.id === INTRO_ID) return [];
    const oldPrint = fingerprint(old);
    if (oldPrint.body.size < 12) return [];
    const kept = sectionSimilarity(oldPrint, fingerprint(now)).kept;
    if (kept >= KEPT_TOO_LITTLE) return [];
    const best = added.map((section) => ({ section, moved: sectionSimilarity(oldPrint, fingerprint(section)).kept })).sort((a, b) => b.moved - a.moved)[0];
    return best && best.moved >= TOOK_MOST ? [{ section: now, holder: best.section, kept, moved: best.moved }] : [];
  });
}

function strayQuestion({ section, holder, kept, moved }: StrayId, entry: VersionFile, previousVersion: string): Problem {
  return {
    file: entry.path,
    line: holder.line,
    message: `${percent(moved)} of the text of "${section.id}" in version ${previousVersion} is now in the new section "${holder.title.trim()}" [#${holder.id}], and "${section.id}" keeps only ${percent(kept)} of it: old links to #${section.id} may now open the wrong text`,
    fix: `if "${holder.title.trim()}" continues that section, give it the id "${section.id}" and give the other part a new id; if not, write "[#${holder.id} new]" and the check will not ask again`,
  };
}

function renameQuestion(guess: RenameGuess, entry: VersionFile, previousVersion: string): Problem {
  const { removed, candidate, similarity, confidence, reason } = guess;
  const score = `score ${similarity.score.toFixed(2)}: heading ${similarity.heading.toFixed(2)}, text ${Math.max(similarity.body, similarity.kept).toFixed(2)}`;
  const title = candidate.title.trim();
  const lead =
    confidence === 'likely'
      ? `the section "${removed.id}" of version ${previousVersion} is gone, and "${title}" [#${candidate.id}] looks like it renamed (${score}; ${reason})`
      : `the section "${removed.id}" of version ${previousVersion} is gone; "${title}" [#${candidate.id}] may be it renamed, but this is unsure (${score}; ${reason})`;
  return {
    file: entry.path,
    line: candidate.line,
    message: lead,
    fix: `if it is the same section, keep old links working with "[#${candidate.id} formerly: ${[...candidate.aliases, removed.id].join(', ')}]"; if it is a new section, write "[#${candidate.id} new]" and the check will not ask again`,
  };
}

/** A section that already had its id before, and now also claims the id of another section of that version. */
function takenIds(before: readonly Section[], after: readonly Section[], entry: VersionFile, previousVersion: string): Problem[] {
  const owners = new Map(before.map((section) => [section.id, section]));
  return after.flatMap((section) => {
    if (!owners.has(section.id)) return [];
    return section.aliases
      .filter((alias) => owners.has(alias) && !(owners.get(section.id)?.aliases ?? []).includes(alias))
      .map((alias) => ({
        file: entry.path,
        line: section.line,
        message: `"${section.id}" already existed in version ${previousVersion}, when "${alias}" was another section ("${owners.get(alias)?.title.trim()}"), so it cannot take "${alias}" as a former id: old links to #${alias} would open this section`,
        fix: `remove "${alias}" from "formerly:" here; if that section was renamed, list it under its new heading instead`,
      }));
  });
}

/**
 * Checks section ids across one document's versions in one language, oldest first
 * (see the rules at the top of this module).
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
      for (const old of before) {
        const now = sections.find((section) => section.id === old.id);
        for (const alias of now ? old.aliases.filter((alias) => !now.aliases.includes(alias)) : []) {
          problems.push({
            file: entry.path,
            line: now?.line,
            message: `the former id "${alias}" of "${old.id}" (in version ${previous.version}) is no longer listed`,
            fix: `keep it, so that old links still land here: "[#${old.id} formerly: ${[...(now?.aliases ?? []), alias].join(', ')}]"`,
          });
        }
      }
      problems.push(...takenIds(before, sections, entry, previous.version));
      problems.push(...guessRenames(before, sections).map((guess) => renameQuestion(guess, entry, previous?.version ?? '')));
      problems.push(...guessStrayIds(before, sections).map((stray) => strayQuestion(stray, entry, previous?.version ?? '')));
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
