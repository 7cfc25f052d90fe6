import { z } from 'astro/zod';
import type { Locale } from '~/i18n/locales';
import data from './gdpr-checklist.json';

/*
 * The GDPR disclosure checklist (gdpr-checklist.json): what a privacy notice must
 * tell people under Art. 13 and Art. 14's additions. The data is checked against
 * this schema when it is loaded, so a broken entry stops every tool at once.
 */

/** An article reference as the data file and the claims files write it: `13(2)(d)`. */
export const ARTICLE_PATTERN = /^(13|14)\((\d)\)\(([a-z])\)$/;

const inBothLanguages = z.object({
  /** Norwegian Bokmål. */
  nb: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});

const itemSchema = z.discriminatedUnion('applies', [
  z.object({
    /** The article reference, e.g. `13(2)(d)`: paragraph and point of GDPR Art. 13 or 14. */
    article: z.string().regex(ARTICLE_PATTERN, 'write the reference as e.g. 13(2)(d)'),
    /** One neutral line saying what must be disclosed, in our own words. */
    description: inBothLanguages,
    /** The notice must always say this. */
    applies: z.literal('always'),
  }),
  z.object({
    article: z.string().regex(ARTICLE_PATTERN, 'write the reference as e.g. 13(2)(d)'),
    description: inBothLanguages,
    /** The notice must say this only when the condition holds. */
    applies: z.literal('when'),
    /** When the item applies, as a phrase that starts with "when" ("når"). */
    condition: inBothLanguages,
  }),
]);

/** The checklist file: its items in the order of the regulation. */
export const checklistSchema = z.object({
  /** What the file is, for people who open it. */
  comment: z.string(),
  /** Where the regulation's own text is. */
  source: z.url(),
  items: z
    .array(itemSchema)
    .min(1)
    .refine((items) => new Set(items.map((item) => item.article)).size === items.length, 'every article reference appears once'),
});

/** One disclosure of the checklist. */
export type ChecklistItem = z.infer<typeof itemSchema>;

/** Every item of the checklist, in the order of the regulation. */
export const CHECKLIST: readonly ChecklistItem[] = checklistSchema.parse(data).items;

/** The regulation's text, for the editors' page. */
export const CHECKLIST_SOURCE: string = data.source;

/** The item with this article reference (`13(2)(d)`), if the checklist has one. */
export function checklistItem(article: string): ChecklistItem | undefined {
  return CHECKLIST.find((item) => item.article === article);
}

/** The article as cited in each language: `Art. 13(2)(d)` in English, `art. 13 nr. 2 bokstav d` in Norwegian. */
export function articleLabel(article: string, locale: Locale): string {
  const match = ARTICLE_PATTERN.exec(article);
  if (!match) return article;
  const [, number, paragraph, point] = match;
  return locale === 'nb' ? `art. ${number} nr. ${paragraph} bokstav ${point}` : `Art. ${article}`;
}
