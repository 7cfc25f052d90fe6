import { versionText } from './base-set';

/*
 * A large notice in the shapes real ones have (our own made-up words, "Eksempel AS"
 * test data): many sections and subsections, lists, links between sections and a
 * table per few sections — for the size and speed limits of the check.
 */

const WORDS = 'opplysninger behandling formål lagring samtykke rettigheter tjenester leverandører sikkerhet kontakt'.split(' ');

/** One version of a large notice, in one language, of at least `bytes` bytes (UTF-8). */
export function largeNotice(lang: 'nb' | 'en', version: string, bytes: number, status = 'draft'): string {
  const sections: string[] = [];
  for (let index = 0; Buffer.byteLength(sections.join('\n\n')) < bytes - 1_000; index++) {
    const sentence = (n: number) => `${lang === 'nb' ? 'Setning' : 'Sentence'} ${n}: ${WORDS.map((w, i) => WORDS[(i + n + index) % WORDS.length] ?? w).join(' ')}.`;
    const table =
      index % 4 === 0
        ? `\n\n| ${lang === 'nb' ? 'Kategori' : 'Category'} | ${lang === 'nb' ? 'Lagringstid' : 'Retention'} |\n| --- | --- |\n| A${index} | 3 ${lang === 'nb' ? 'år' : 'years'}<br />${lang === 'nb' ? 'deretter slettet' : 'then deleted'} |\n| B${index} | 6 ${lang === 'nb' ? 'måneder' : 'months'} |`
        : '';
    sections.push(
      `## ${index + 1}. ${lang === 'nb' ? 'Del' : 'Part'} ${index + 1} [#part-${index + 1}]\n\n${sentence(1)} ${sentence(2)} ${index > 0 ? `[${lang === 'nb' ? 'Se del' : 'See part'} ${index}](#part-${index})` : ''}\n\n- ${sentence(3)}\n- ${sentence(4)}\n- ${sentence(5)}${table}\n\n### ${index + 1}.1 ${lang === 'nb' ? 'Detaljer' : 'Details'} [#part-${index + 1}-details]\n\n${sentence(6)} ${sentence(7)} ${sentence(8)}`,
    );
  }
  return versionText(lang, version, { status, sections: sections.join('\n\n') });
}
