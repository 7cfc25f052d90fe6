import { describe, expect, test } from 'vitest';
import { parseSource } from '~/lib/content/read-source';
import { splitSections, type Section } from '~/lib/content/sections';
import { guessRenames, guessStrayIds } from '~/lib/content/rules/id-history';
import { EVENTS } from '../fixtures/large-notice/history';
import { fixtureFiles, versionName } from '../fixtures/large-notice/generate';

/*
 * The rename check on the generated large notice, as an editor meets it: each version
 * is compared with the one before it with the editor's recorded answers (`formerly:`
 * and `new`) taken out, so the check must find every real rename on heading and text
 * alone, ask about the new section that reuses a removed one's text, and propose
 * nothing for moves, splits, insertions and unrelated new sections. With the answers
 * in place, nothing is asked again.
 */
const COUNT = Math.max(...EVENTS.map((event) => event.at)) + 1;
const files = fixtureFiles(COUNT);

const parsed = new Map<string, Promise<Section[]>>();
/** A version's sections, parsed once (each version is the newer side of one pair and the older side of the next). */
function sectionsOf(lang: string, index: number): Promise<Section[]> {
  const key = `large/${lang}/${versionName(index)}.mdx`;
  if (!parsed.has(key))
    parsed.set(
      key,
      parseSource(files.get(key) ?? '', key).then(({ tree }) => splitSections(tree)),
    );
  return parsed.get(key) as Promise<Section[]>;
}

/** The version as it was before the editor answered: no former ids it just added, no `new`. */
function unanswered(before: readonly Section[], after: readonly Section[]): Section[] {
  const earlier = new Set(before.map((section) => section.id));
  return after.map(({ declaredNew: _new, ...section }) => ({
    ...section,
    aliases: section.aliases.filter((alias) => !earlier.has(alias)),
  }));
}

// A rename whose text stayed (whole or nearly) is proposed as likely; a rename that also rewrote
// half the text, or a new section that reuses an old one's text, may be put as unsure.
const LIKELY_SHAPES = new Set(['heading-only rename', 'same text, different heading']);

describe.each(['nb', 'en'])('rename check on the large fixture (%s)', (lang) => {
  test.each(EVENTS.map((event) => ({ ...event, label: `${event.at}: ${event.name}` })))('$label', async (event) => {
    const before = await sectionsOf(lang, event.at - 1);
    const after = await sectionsOf(lang, event.at);
    const guesses = guessRenames(before, unanswered(before, after));
    const expected = event.rename?.asked ? [`${event.rename.from} → ${event.rename.to}`] : [];
    expect(guesses.map((guess) => `${guess.removed.id} → ${guess.candidate.id}`)).toEqual(expected);
    if (event.rename && LIKELY_SHAPES.has(event.rename.shape)) expect(guesses[0]?.confidence).toBe('likely');
    // Every question names its score, for the editor to weigh.
    for (const guess of guesses) expect(guess.similarity.score).toBeGreaterThan(0);
    // Moves, the split (its id stays on the half that kept its heading and first paragraphs) and the insertion raise no question either.
    expect(guessStrayIds(before, unanswered(before, after))).toEqual([]);
    // The editor's recorded answers (`formerly:`, `new`) are never asked about again.
    expect(guessRenames(before, after)).toEqual([]);
  });
});
