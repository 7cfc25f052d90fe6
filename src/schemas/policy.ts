import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, isRealPartialDate } from '~/lib/site/dates';

/** A date field written with only the precision that is known: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`, in quotes. */
function partialDate(field: string, example: string) {
  return z
    .string()
    .regex(PARTIAL_DATE_PATTERN, `write the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes, e.g. \`${field}: "${example}"\``)
    .refine(isRealPartialDate, 'this date does not exist in the calendar — check the month and day');
}

/**
 * The frontmatter every document version must have. This is the contract
 * editors write against: each field says what it is for, and the messages say
 * how to fix a mistake.
 */
export const policyFrontmatter = z.object({
  /** The document's name in this language, shown as the page's main heading and in the browser tab. */
  title: z.string().trim().min(1, 'add a title, e.g. `title: Personvernerklæring`'),
  /** The line shown above the title, e.g. the company name and domain. */
  byline: z.string().trim().min(1).optional(),
  /** One or two sentences for search engines and link previews. */
  description: z.string().trim().min(1, 'add a one-sentence description of the document'),
  /** The document's URL segment in this language, e.g. `personvern` or `privacy`: the same in every version. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters a–z, digits and hyphens, e.g. `slug: personvern`'),
  /** The version's name, the same as the file name without `.mdx`, e.g. `"2025"` or `"2026-03"`. Quote it. */
  version: z.string().regex(/^[0-9a-z]+(?:[-.][0-9a-z]+)*$/, 'use digits, lowercase letters, hyphens or dots, e.g. `version: "2026-03"`'),
  /** When the text was last updated, exactly as the source states it (`"2025"`, `"2025-06"` or `"2025-06-01"`); shown as "Sist oppdatert". Quote it. */
  updated: partialDate('updated', '2025'),
  /** Optional: the day (or month, or year) this version takes effect, if the editors decided one; shown as "Gjelder fra" and, where given, it (not `updated`) orders versions and makes a future version upcoming. */
  effective: partialDate('effective', '2026-03-01').optional(),
  /** `published` versions are public and locked; `draft` versions are shown only by `npm run dev`. */
  status: z.enum(['published', 'draft'], { error: 'status must be `published` or `draft`' }),
  /** `substantive` if the change affects readers' rights or what is done with their data; `editorial` for wording only. */
  change: z.enum(['substantive', 'editorial'], { error: 'change must be `substantive` or `editorial`' }),
  /** A short, plain-language summary of what changed in this version, shown in the changelog. */
  summary: z.string().trim().min(1, 'add a short summary of what changed in this version'),
  /** Corrections made to this version after it was published (typos only), shown on its page and in the changelog. */
  errata: z
    .array(
      z.object({
        /** When the correction was made, `"YYYY-MM-DD"`. */
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the erratum date as "YYYY-MM-DD"'),
        /** What was corrected, in plain words. */
        note: z.string().trim().min(1),
      }),
    )
    .default([]),
  /**
   * Sections whose text changed in this language only, without a change in meaning (a typo,
   * a rewording), since the previous version or by an erratum. Each is shown in this
   * language's changelog; any other one-language change is refused as translation drift.
   */
  wordingOnly: z
    .array(
      z.object({
        /** The section's id, e.g. `retention`. */
        section: z.string().trim().min(1),
        /** Why the other language needs no change, in plain words, e.g. "Clearer English wording". */
        reason: z.string().trim().min(1),
      }),
    )
    .default([]),
});

export type PolicyFrontmatter = z.infer<typeof policyFrontmatter>;
