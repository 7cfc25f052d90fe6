import { describe, expect, test } from 'vitest';
import type { Section } from '~/lib/content/sections';
import { guessRenames, guessStrayIds } from '~/lib/content/rules/id-history';
import { headingSimilarity, jaccard, shingles, wordsOf } from '~/lib/diff/similarity';

/** A section with one paragraph; made-up text. */
const section = (id: string, title: string, text: string, extra: Partial<Section> = {}): Section => ({
  id,
  aliases: [],
  depth: 2,
  title,
  parentId: undefined,
  blocks: [{ kind: 'paragraph', text }],
  line: 1,
  ...extra,
});

const MAIL = 'We use the address you give us to send receipts, answer your questions and tell you about changes to this notice.';
const QUESTIONS =
  'If something here is unclear, or you think we handle your data wrongly, write to our privacy team and we answer within a month.';
const STORAGE = 'We keep order records for five years because the accounting rules say so, and delete them in the first week after that.';
const COOKIES = 'The site sets no cookies of its own, and the payment window sets one that lasts as long as the purchase takes.';
const OTHER = 'Our offices are open on weekdays, and visitors sign in at the front desk with their name and the person they visit.';

describe('guessRenames: a removed section against each added one, on heading and text', () => {
  test.each([
    {
      name: 'a spelling change in the heading, the text lightly edited: likely',
      before: [section('email', '3. Your E-mail Address', MAIL)],
      after: [section('email-address', '3. Your Email Address', MAIL.replace('receipts', 'order receipts'))],
      expected: [{ removed: 'email', candidate: 'email-address', confidence: 'likely' }],
    },
    {
      name: 'the same text under a different heading: likely',
      before: [section('questions', '9. Questions and Concerns', QUESTIONS)],
      after: [section('further-information', '9. Further Information', QUESTIONS)],
      expected: [{ removed: 'questions', candidate: 'further-information', confidence: 'likely' }],
    },
    {
      name: 'a section inserted before the others shifts them: nothing is asked',
      before: [section('storage', '4. Storage', STORAGE), section('contact', '5. Contact', QUESTIONS)],
      after: [
        section('cookies', '4. Cookies', COOKIES),
        section('storage', '5. Storage', STORAGE),
        section('contact', '6. Contact', QUESTIONS),
      ],
      expected: [],
    },
    {
      name: 'a removed section and an unrelated new one at its place: nothing is asked',
      before: [section('storing-data', '4. Storing data', STORAGE)],
      after: [section('cookies', '4. Cookies', COOKIES)],
      expected: [],
    },
    {
      name: 'a similar heading over a different text: asked, unsure',
      before: [section('storage', '4. How long we store data', STORAGE)],
      after: [section('storage-periods', '4. How long we store your data', `${OTHER} ${STORAGE.slice(0, 60)}`)],
      expected: [{ removed: 'storage', candidate: 'storage-periods', confidence: 'unsure' }],
    },
    {
      name: 'an added section the editor marked new is never proposed',
      before: [section('questions', '9. Questions and Concerns', QUESTIONS)],
      after: [section('further-information', '9. Further Information', QUESTIONS, { declaredNew: true })],
      expected: [],
    },
    {
      name: 'a section split in two: the part that kept most of its text is proposed',
      before: [section('storage', '4. Storage', `${STORAGE} ${MAIL}`)],
      after: [section('order-records', '4. Order records', STORAGE), section('addresses', '5. Addresses', `${MAIL.slice(0, 40)} ${OTHER}`)],
      expected: [{ removed: 'storage', candidate: 'order-records', confidence: 'unsure' }],
    },
  ])('$name', ({ before, after, expected }) => {
    const guesses = guessRenames(before, after).map((guess) => ({
      removed: guess.removed.id,
      candidate: guess.candidate.id,
      confidence: guess.confidence,
    }));
    expect(guesses).toEqual(expected);
  });
});

describe('guessStrayIds: an id stays where its text went', () => {
  test.each([
    {
      name: 'a split that left the id on the part with little of the text: asked',
      before: [section('storage', '4. Storage', `${STORAGE} ${MAIL} ${QUESTIONS}`)],
      after: [section('storage', '4. Storage', OTHER), section('order-records', '5. Order records', `${STORAGE} ${MAIL} ${QUESTIONS}`)],
      expected: ['storage → order-records'],
    },
    {
      name: 'a split that kept the id on the larger part: nothing to ask',
      before: [section('storage', '4. Storage', `${STORAGE} ${MAIL} ${QUESTIONS}`)],
      after: [section('storage', '4. Storage', `${STORAGE} ${MAIL}`), section('questions', '5. Questions', QUESTIONS)],
      expected: [],
    },
    {
      name: 'the editor answered new: not asked again',
      before: [section('storage', '4. Storage', `${STORAGE} ${MAIL} ${QUESTIONS}`)],
      after: [
        section('storage', '4. Storage', OTHER),
        section('order-records', '5. Order records', `${STORAGE} ${MAIL} ${QUESTIONS}`, { declaredNew: true }),
      ],
      expected: [],
    },
  ])('$name', ({ before, after, expected }) => {
    expect(guessStrayIds(before, after).map((stray) => `${stray.section.id} → ${stray.holder.id}`)).toEqual(expected);
  });
});

describe('similarity measures', () => {
  test.each([
    { a: 'Your E-mail Address', b: 'Your Email Address', atLeast: 0.95 },
    { a: '7. Dine rettigheter', b: '8. Dine rettigheter', atLeast: 1 },
    { a: 'Storing data', b: 'Cookies', atMost: 0.1 },
  ])('headings "$a" and "$b"', ({ a, b, atLeast, atMost }) => {
    const score = headingSimilarity(a, b);
    if (atLeast !== undefined) expect(score).toBeGreaterThanOrEqual(atLeast);
    if (atMost !== undefined) expect(score).toBeLessThanOrEqual(atMost);
  });

  test.each([
    { name: 'equal texts', a: MAIL, b: MAIL, expected: 1 },
    { name: 'unrelated texts', a: MAIL, b: COOKIES, expected: 0 },
  ])('three-word shingles: $name', ({ a, b, expected }) => {
    expect(jaccard(shingles(wordsOf(a)), shingles(wordsOf(b)))).toBe(expected);
  });

  test('words keep Norwegian letters', () => {
    expect(wordsOf('Vi lagrer opplysningene på én server')).toEqual(['vi', 'lagrer', 'opplysningene', 'på', 'én', 'server']);
  });
});
