import { type ContentRule } from './parsed-content';
import { placeAt } from './place';
import type { Problem } from './problem';

/** The agreed Markdown style (remark-lint presets, in ../lint.ts, run on each judged file as it is read), over every readable file. */
export const markdownStyleRule: ContentRule = ({ versions }) => {
  const problems: Problem[] = [];
  for (const entry of versions) {
    for (const { line, column, length, message, fix } of entry.styleFindings ?? []) {
      // Read as plain Markdown after an MDX syntax error, that line is the syntax error's alone.
      if (line !== undefined && line === entry.syntaxErrorLine) continue;
      problems.push({ file: entry.path, ...placeAt(entry.text, line ?? 1, column ?? 1, length), message, fix });
    }
  }
  return problems;
};
