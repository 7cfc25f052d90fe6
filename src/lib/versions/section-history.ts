import type { SectionDiff } from '~/lib/diff/diff';

/**
 * Each section's own history, worked out at build time from the diffs between
 * consecutive published versions: the last version (up to the one shown) in which
 * the section's text changed, or in which it was added. Renamed sections are
 * followed through their former ids, so a new id keeps its history.
 */

/** What a diff says about each section, without the words: all a history needs. */
export interface DiffOutline {
  sections: Pick<SectionDiff, 'id' | 'kinds' | 'previousId'>[];
}

/** One step in a document's history: a published version and the diff from the version before it. */
export interface HistoryStep {
  version: string;
  /** The diff from the previous published version to this one (a whole diff or its outline); undefined for the first version. */
  diff: DiffOutline | undefined;
}

/** What the line under a section heading says. */
export interface SectionHistoryLine {
  kind: 'changed' | 'added';
  /** The version in which it happened. */
  version: string;
  /** The version before it: the diff to link is `previous...version`, anchored at `anchor`. */
  previous: string;
  /** The section's id in `version` (its anchor on the diff page). */
  anchor: string;
}

/**
 * The history line for every section of the last step's version (`steps` oldest first,
 * ending with the version shown). Sections unchanged since the first version have none,
 * and neither has the intro (it has no heading to put a line under).
 */
export function sectionHistory(steps: readonly HistoryStep[], sectionIds: readonly string[]): Map<string, SectionHistoryLine> {
  const lines = new Map<string, SectionHistoryLine>();
  for (const id of sectionIds) {
    if (id === 'intro') continue;
    const line = lastChange(steps, id);
    if (line) lines.set(id, line);
  }
  return lines;
}

function lastChange(steps: readonly HistoryStep[], id: string): SectionHistoryLine | undefined {
  let currentId = id;
  for (let index = steps.length - 1; index > 0; index--) {
    const step = steps[index];
    const previous = steps[index - 1];
    const section = step?.diff?.sections.find((candidate) => candidate.id === currentId && !candidate.kinds.includes('removed'));
    if (!step || !previous || !section) return undefined;
    if (section.kinds.includes('added')) return { kind: 'added', version: step.version, previous: previous.version, anchor: currentId };
    if (section.kinds.includes('changed')) return { kind: 'changed', version: step.version, previous: previous.version, anchor: currentId };
    currentId = section.previousId ?? currentId;
  }
  return undefined;
}
