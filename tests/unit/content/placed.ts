import type { ContentSet } from '~/lib/content/content-set';
import { formatProblem, type Problem } from '~/lib/content/rules/problem';
import { lockTextOf } from '~/lib/content/rules/published-unchanged';

/** Every text a problem can point into: the content files, the checklist files and the lock, by the path editors see. */
function textsOf(set: ContentSet): Map<string, string> {
  const texts = new Map([...set.files, ...(set.claimFiles ?? [])].map((file) => [file.path, file.text]));
  if (!set.lockIssue?.missing) texts.set(set.lockPath, lockTextOf(set));
  return texts;
}

/**
 * What every reported problem must give the editor, whatever the rule: the file, and
 * either a line ≥ 1 and column ≥ 1 whose text starts with the problem's non-empty quote
 * (a shortened quote ends in "…"), or the reason it is about the whole file, which must
 * hold. Returns each problem that falls short, with why; plain (no test runner), so that
 * `npm run bench:fuzz` can use it too.
 */
export function unplacedProblems(set: ContentSet, problems: readonly Problem[]): string[] {
  const texts = textsOf(set);
  const failures: string[] = [];
  for (const problem of problems) {
    const printed = formatProblem(problem);
    const fail = (why: string) => failures.push(`${printed}\n  (${why})`);
    const text = texts.get(problem.file);
    if (problem.file === '') fail('no file');
    else if (problem.wholeFile === 'missing' && text !== undefined) fail('said to be missing, but the file is there');
    else if (problem.wholeFile === 'empty' && (text ?? '').trim() !== '') fail('said to be empty, but the file has text');
    else if (problem.wholeFile === 'link' && !set.refusedFiles?.some((refused) => refused.file === problem.file && refused.reason === 'link')) {
      fail('said to be a link, but it is not one');
    } else if (problem.wholeFile === undefined) {
      if (!(problem.line >= 1 && problem.column >= 1)) fail('line or column below 1');
      else if (problem.quote.trim() === '') fail('no quote');
      else if (text === undefined) fail('no text for this file');
      else {
        const there = text.split('\n')[problem.line - 1]?.replace(/\r$/, '').slice(problem.column - 1) ?? '';
        const quoted = problem.quote.endsWith('…') && !there.startsWith(problem.quote) ? problem.quote.slice(0, -1) : problem.quote;
        if (!there.startsWith(quoted)) fail(`line ${problem.line} from column ${problem.column} reads "${there.slice(0, 80)}"`);
      }
    }
  }
  return failures;
}
