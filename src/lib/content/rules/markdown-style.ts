import { lintSource } from '../lint';
import { withoutBom, type ContentRule } from './parsed-content';
import { placeAt } from './place';
import type { Problem } from './problem';

/** The agreed Markdown style (remark-lint presets and our two rules, in ../lint.ts), over every readable file. */
export const markdownStyleRule: ContentRule = async ({ versions }) => {
  const problems: Problem[] = [];
  for (const entry of versions) {
    if (!entry.parsed) continue;
    for (const { line, column, length, message, fix } of await lintSource(withoutBom(entry.text), entry.parsed)) {
      // Read as plain Markdown after an MDX syntax error, that line is the syntax error's alone.
      if (line !== undefined && line === entry.syntaxErrorLine) continue;
      problems.push({ file: entry.path, ...placeAt(entry.text, line ?? 1, column ?? 1, length), message, fix });
    }
  }
  return problems;
};
