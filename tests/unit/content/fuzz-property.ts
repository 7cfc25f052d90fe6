import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ContentSet } from '~/lib/content/content-set';
import { noLockHistory } from '~/lib/content/git-lock-history';
import type { Problem } from '~/lib/content/rules/problem';
import { checkContent } from '~/lib/content/rules/run';
import { readLock } from '~/lib/versions/lock-file';
import { renderPage, violations } from './rendered-page';
import { unplacedProblems } from './placed';

/*
 * The never-a-crash property, shared by the unit run (a few hundred cases) and
 * `npm run bench:fuzz` (20,000 and more): the real content files, mutated as a
 * careless or hostile editor might (entities, YAML escapes and tags, nesting, the
 * allow-list's near neighbours), always give a pass or problems that each name a
 * file (and a line, when they have one) — never an exception. And every file that
 * passes is rendered as the build renders it and its HTML held against the allow-list.
 */

const ROOT = join(import.meta.dirname, '../../..');
const KEYS = ['privacy/nb/2025.mdx', 'privacy/en/2025.mdx'] as const;
const REAL = Object.fromEntries(KEYS.map((key) => [key, readFileSync(join(ROOT, 'content', key), 'utf8')]));
const REAL_LOCK = readFileSync(join(ROOT, 'content/versions.lock.json'), 'utf8');

/** Markup and characters that have broken Markdown/MDX/YAML tools before. */
export const NASTY_SNIPPETS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{alert(1)}', 'import x from "y"', 'export const a = 1',
  '[x][r]\n\n[r]: javascript:alert(3)', '![x](https://other.example/p.png)', '<https://jtec.no>', '<javascript:alert(1)>',
  '[x](java&#x09;script:alert(1))', 'www.example.com', '[x](#)', '[x]()', '[#]', '## [#', '## x [#a formerly: a, a]', '#'.repeat(7) + ' x',
  '---', '---\ntitle: x\n---', 'title: &a [*a]', 'errata:\n  - date: 2026-01-01\n    note:', 'status: published', 'status: [', ': :',
  '\u202Etxt.exe', '\u200B', '\uFEFF', '\u0000', '\r', '\t', '\u2028', 'a\u030A', '\uD800', '```\nunclosed', '<!--', '\\', '*'.repeat(50),
  '> '.repeat(100), '- '.repeat(100), '1) x', '|a|b|\n|-|', '[^1]', '[^1]: note', '&#0;', '&#xD800;', '<', '{', '}', '`',
  // Character references that decode to what the text rules refuse (or allow on purpose).
  '&#x202E;', '&rlm;', '&#8203;', '&#xE000;', '&#x110000;', '&shy;', '&nbsp;', '&lt;script&gt;', '&#x3C;b&#x3E;', '&ZeroWidthSpace;',
  // YAML escapes and tags in the frontmatter.
  'summary: "\\u200bx"', 'summary: "\\x07"', 'title: "\\N\\_"', 'summary: !!js/function "f"', 'summary: !x y', 'errata:\n  - date: "2026-01-01"\n    note: "\\u202E"',
  // Nesting just over and under the limit.
  '> '.repeat(41), '> '.repeat(39), '*'.repeat(41), '- '.repeat(41), '  - x\n'.repeat(12), '**'.repeat(20) + 'x' + '**'.repeat(20),
  // The allow-list's near neighbours: what is allowed in one place or form, and the forms next to it.
  '<br />', '<br/>', '<br>', '<BR />', '<br class="x" />', '| a | b |\n| - | - |\n| c<br />d | e |', '| a |\n| :-: |\n| <br> |',
  '<span id="x" />', '<span className="section-alias" id="old" />', '<a href="https://jtec.no">x</a>', '<table><tr><td>x</td></tr></table>',
  '<td>x</td>', '[x](https://jtec.no "tittel")', '~~x~~', '`x`', '- [ ] x', '- [x] x', '<input type="checkbox" />', '#### x', '###### x',
  '### x [#x-y]', '<h2 id="x">x</h2>', '![x](https://jtec.no/a.png)', '<svg onload="alert(1)" />', '[x](https://jtec.no\\\\@evil.example)',
  '[x](https:evil.example)', '[x](https://0x7f.1/)', '[x](mailto:a@b.no?cc=c@d.no)', '[x](tel:+0123)', '1. x\n\n3. y', '5. x',
]; // prettier-ignore

/** Frontmatter lines with YAML escapes, tags and over-long or invisible values, put among the real fields. */
const FRONTMATTER_LINES = [
  'summary: "Ny\\u200Bversjon."', 'title: "Personvern\\u202E"', 'summary: "\\x1b[31m"', 'title: !!js/function "f"', 'summary: !!binary aGk=',
  'wordingOnly:\n  - section: intro\n    reason: "\\u2066x"', `summary: ${'x'.repeat(600)}`, 'errata:\n  - date: "2026-01-01"\n    note: Rettet.',
  'summary: &a x', 'slug: !str personvern', 'title: "\\uFEFFPersonvern"',
]; // prettier-ignore

type Mutation = (text: string) => string;

const at = (text: string, position: number) => Math.min(text.length, Math.floor(position * (text.length + 1)));
const linesOf = (text: string) => text.split('\n');

/** One mutation of a text: insert, delete or duplicate characters or lines, drop or repeat a frontmatter field, or insert a nasty snippet. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: 'binary', maxLength: 8 })).map(
    ([p, s]): Mutation =>
      (t) => t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([p, n]): Mutation =>
      (t) => t.slice(0, at(t, p)) + t.slice(at(t, p) + n),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 })).map(
    ([p, n]): Mutation =>
      (t) => t.slice(0, at(t, p) + n) + t.slice(at(t, p)),
  ),
  fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'swap')).map(
    ([i, op]): Mutation =>
      (t) => {
        const lines = linesOf(t);
        const k = i % lines.length;
        if (op === 'delete') lines.splice(k, 1);
        else if (op === 'duplicate') lines.splice(k, 0, lines[k] ?? '');
        else [lines[k], lines[(k + 1) % lines.length]] = [lines[(k + 1) % lines.length] ?? '', lines[k] ?? ''];
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.integer({ min: 1, max: 10 }), fc.constantFrom('delete', 'duplicate')).map(
    ([k, op]): Mutation =>
      (t) => {
        const lines = linesOf(t);
        if (op === 'delete') lines.splice(k, 1);
        else lines.splice(k, 0, lines[k] ?? '');
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.constantFrom(...FRONTMATTER_LINES)).map(
    ([k, line]): Mutation =>
      (t) => {
        const lines = linesOf(t);
        lines.splice(k, 0, line);
        return lines.join('\n');
      },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...NASTY_SNIPPETS)).map(
    ([p, s]): Mutation =>
      (t) => t.slice(0, at(t, p)) + s + t.slice(at(t, p)),
  ),
);

/** The real files and lock, each mutated a few times (often not at all); in most cases only one language, which halves the time per case. */
export const mutatedContent = fc.record({
  nb: fc.array(mutation, { maxLength: 4 }),
  en: fc.array(mutation, { maxLength: 2 }),
  languages: fc.constantFrom<readonly (0 | 1)[]>([0, 1], [0], [1], [0]),
  lock: fc.oneof({ weight: 5, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 1, arbitrary: fc.array(mutation, { maxLength: 2 }) }),
});

/** How many pages that passed the check were rendered and held against the allow-list, in this process. */
export let renderedPages = 0;

/** Runs the check on one mutated set; returns the problems, after asserting each names a file, a positive line and a message. */
export async function checkMutated(mutations: {
  nb: Mutation[];
  en: Mutation[];
  languages: readonly (0 | 1)[];
  lock: Mutation[];
}): Promise<Problem[]> {
  const apply = (text: string, list: Mutation[]) => list.reduce((t, m) => m(t), text);
  const all = [apply(REAL[KEYS[0]] ?? '', mutations.nb), apply(REAL[KEYS[1]] ?? '', mutations.en)];
  const texts = Object.fromEntries(mutations.languages.map((index) => [KEYS[index], all[index] ?? '']));
  const lockText = apply(REAL_LOCK, mutations.lock);
  const reading = readLock(lockText);
  const set: ContentSet = {
    files: Object.entries(texts).map(([key, text]) => ({ key, path: `content/${key}`, text })),
    lock: 'lock' in reading ? reading.lock : { versions: {} },
    lockIssue: 'problem' in reading ? { missing: false, problem: reading.problem, at: reading.at } : undefined,
    lockText,
    lockPath: 'content/versions.lock.json',
    history: noLockHistory(),
    strayFiles: [],
    today: '2026-11-28',
  };
  const problems = await checkContent(set);
  // What passes the check is rendered as the site renders it: the page must hold only what the allow-list allows.
  for (const file of set.files) {
    if (problems.some((problem) => problem.file === file.path)) continue;
    const outside = violations(await renderPage(file.text, file.path));
    if (outside.length > 0) throw new Error(`${file.path} passed the check but its page has ${outside.join(', ')}`);
    renderedPages++;
  }
  for (const problem of problems) {
    const ok = /^content\/\S/.test(problem.file) && problem.message.length > 0 && problem.fix.length > 0;
    if (!ok) throw new Error(`a problem without a usable file or message: ${JSON.stringify(problem)}`);
  }
  const unplaced = unplacedProblems(set, problems);
  if (unplaced.length > 0) throw new Error(`problems without their place and quote:\n${unplaced.join('\n')}`);
  return problems;
}
