import { interpolate } from '~/i18n/interpolate';
import type { BlockDiff, LinkChange, MovedText, PieceDiff, RowDiff, WordPart } from './blocks';
import { isChangedSection, type DocumentDiff, type SectionChangeKind, type SectionDiff } from './diff';

/**
 * A diff as HTML, written once for both places that show one: the prerendered
 * comparison pages (through DiffBody.astro) and a comparison the browser computes for
 * any other pair of versions (src/lib/diff/any-pair.ts). Both therefore look and read
 * the same, with the same anchors.
 */

/** The words a diff page needs, in the page's language (see `diffLabels`). */
export interface DiffLabels {
  /** Spoken before inserted and deleted words (screen readers rarely announce <ins>/<del>). */
  added: string;
  removed: string;
  intro: string;
  /** A renamed section, in words: "Links to {old} now lead here, to {new}." (the ids shown as code). */
  formerly: string;
  /** An added section, in the older version: "This section did not exist in version {version}." */
  absentOlder: string;
  /** A removed section, in the newer version: "This section no longer exists in version {version}." */
  absentNewer: string;
  /** "Before (version {version})", "After (version {version})". */
  older: string;
  newer: string;
  kinds: Record<SectionChangeKind, string>;
  summaryLabel: string;
  /** "Sections: {counts}." and its parts, "{n} added" … */
  summaryCounts: string;
  summaryNone: string;
  counts: Record<Exclude<SectionChangeKind, 'unchanged'>, string>;
  /** "Moved to “{section}”", "Moved here from “{section}”". */
  movedTo: string;
  movedFrom: string;
  /** "The link “{text}” now leads elsewhere:". */
  linkChanged: string;
  /** The name of a table's scrolling region: "Table {n} in “{section}”". */
  table: string;
}

export interface DiffView {
  view: 'inline' | 'side-by-side';
  from: string;
  to: string;
  labels: DiffLabels;
}

type Side = 'old' | 'new' | 'both';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Fills `{name}` placeholders in a UI string with HTML (already escaped); the rest of the string is escaped. */
function interpolateHtml(template: string, values: Record<string, string>): string {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The heading a reader sees in the newer version (the older one for a removed section). */
export function plainTitle(section: SectionDiff, intro: string): string {
  const removed = section.kinds[0] === 'removed';
  return section.title.map((part) => (part.kind === 'removed' && !removed ? '' : part.text)).join('') || intro;
}

/** Words: inserted ones underlined, deleted ones struck through, each with a spoken label. */
function partsHtml(parts: readonly WordPart[], side: Side, labels: DiffLabels): string {
  return parts
    .map((part, index) => {
      const text = escapeHtml(part.text);
      if (part.kind === 'same') return text;
      if (part.kind === 'removed')
        return side === 'new' ? '' : `<del><span class="sr-only">${escapeHtml(labels.removed)} </span>${text}</del>`;
      if (side === 'old') return '';
      // A replaced word shows as <del> then <ins>; a space between them keeps them two words ("motta få", not "mottafå").
      const previous = parts[index - 1];
      const space = side === 'both' && previous?.kind === 'removed' && !/\s$/.test(previous.text) && !/^\s/.test(part.text) ? ' ' : '';
      return `${space}<ins><span class="sr-only">${escapeHtml(labels.added)} </span>${text}</ins>`;
    })
    .join('');
}

/** A piece (item, cell) or block exists only on the other side of a side-by-side view. */
const hiddenOn = (side: Side) => (side === 'old' ? 'added' : side === 'new' ? 'removed' : undefined);

/** The words of a piece as one side shows them: the newer words in the inline view. */
const sideText = (piece: PieceDiff, side: Side) =>
  piece.parts
    .filter((part) => part.kind !== (side === 'old' ? 'added' : 'removed'))
    .map((part) => part.text)
    .join('')
    .trim();

function rowHtml(row: RowDiff, side: Side, labels: DiffLabels, columns: readonly string[]): string {
  const cell = (piece: PieceDiff, column: number) => {
    const tag = row.header ? 'th' : 'td';
    const scope = row.header ? ' scope="col"' : '';
    const mark = piece.change === 'unchanged' ? '' : ` class="is-${piece.change}"`;
    // On a phone each value shows its column's name (src/styles/tables.css).
    const label = !row.header && columns[column] ? ` data-label="${escapeHtml(columns[column])}"` : '';
    return `<${tag}${scope}${mark}${label}>${partsHtml(piece.parts, side, labels)}</${tag}>`;
  };
  return `<tr class="is-${row.change}">${row.cells
    .filter((piece) => piece.change !== hiddenOn(side))
    .map(cell)
    .join('')}</tr>`;
}

function linksHtml(links: readonly LinkChange[], labels: DiffLabels): string {
  const items = links.map(
    (link) =>
      `<li>${escapeHtml(interpolate(labels.linkChanged, { text: link.text }))} <del><span class="sr-only">${escapeHtml(labels.removed)} </span><code>${escapeHtml(link.from)}</code></del> → <ins><span class="sr-only">${escapeHtml(labels.added)} </span><code>${escapeHtml(link.to)}</code></ins></li>`,
  );
  return `<ul class="diff-links">${items.join('')}</ul>`;
}

function movedHtml(moved: MovedText, titles: ReadonlyMap<string, string>, labels: DiffLabels): string {
  const template = moved.direction === 'to' ? labels.movedTo : labels.movedFrom;
  const text = interpolate(template, { section: titles.get(moved.sectionId) ?? moved.sectionId });
  return `<p class="diff-moved"><a href="#${escapeHtml(moved.other)}">${escapeHtml(text)}</a></p>`;
}

interface BlockContext {
  side: Side;
  labels: DiffLabels;
  titles: ReadonlyMap<string, string>;
  sectionTitle: string;
  tableCount: { n: number };
}

function blockHtml(block: BlockDiff, context: BlockContext): string {
  const { side, labels } = context;
  const id = block.moved ? ` id="${escapeHtml(block.moved.anchor)}"` : '';
  const classes = `diff-block is-${block.change}${block.moved ? ' is-moved' : ''}`;
  let body: string;
  if (block.kind === 'text') body = `<p class="${classes}"${id}>${partsHtml(block.parts, side, labels)}</p>`;
  else if (block.kind === 'list') {
    const tag = block.ordered ? 'ol' : 'ul';
    const items = block.items
      .filter((item) => item.change !== hiddenOn(side))
      .map((item) => `<li class="is-${item.change}">${partsHtml(item.parts, side, labels)}</li>`);
    body = `<${tag} class="${classes}"${id}>${items.join('')}</${tag}>`;
  } else {
    context.tableCount.n += 1;
    const name = interpolate(labels.table, { n: context.tableCount.n, section: context.sectionTitle });
    const header = block.rows.find((row) => row.header);
    const columns = (header?.cells ?? []).filter((piece) => piece.change !== hiddenOn(side)).map((piece) => sideText(piece, side));
    const rows = block.rows.filter((row) => row.change !== hiddenOn(side)).map((row) => rowHtml(row, side, labels, columns));
    // Laid out like the notice's tables (src/styles/tables.css): cards on a phone, a table that scrolls in its own
    // labelled region, which the keyboard can reach, where it is too wide for the screen.
    body = `<div class="${classes} diff-table table-region" role="region" tabindex="0" aria-label="${escapeHtml(name)}"${id}><table>${rows.join('')}</table></div>`;
  }
  const links = block.links && side !== 'old' ? linksHtml(block.links, labels) : '';
  const moved = block.moved ? movedHtml(block.moved, context.titles, labels) : '';
  return `${body}${links}${moved}`;
}

function blocksHtml(blocks: readonly BlockDiff[], context: BlockContext): string {
  return blocks
    .filter((block) => block.change !== hiddenOn(context.side))
    .map((block) => blockHtml(block, context))
    .join('');
}

/** One section of the diff: heading with its kinds, former id, and its blocks inline or in two columns. */
export function sectionHtml(section: SectionDiff, options: DiffView & { context: boolean; titles: ReadonlyMap<string, string> }): string {
  const { labels, view, from, to, titles } = options;
  const changed = isChangedSection(section);
  const heading = section.depth >= 3 ? 'h3' : 'h2';
  const id = escapeHtml(section.id);
  const title = section.title.length > 0 ? partsHtml(section.title, 'both', labels) : escapeHtml(labels.intro);
  const kinds = section.kinds.map((kind) => `<span class="diff-kind kind-${kind}">${escapeHtml(labels.kinds[kind])}</span>`).join('');
  const formerly = section.previousId
    ? `<p class="diff-formerly">${interpolateHtml(labels.formerly, { old: `<code>#${escapeHtml(section.previousId)}</code>`, new: `<code>#${id}</code>` })}</p>`
    : '';
  // A section on one side only says so in words, instead of leaving that side empty.
  const absent = (side: 'old' | 'new') =>
    side === 'old'
      ? section.kinds.includes('added')
        ? `<p class="diff-absent">${escapeHtml(interpolate(labels.absentOlder, { version: from }))}</p>`
        : ''
      : section.kinds.includes('removed')
        ? `<p class="diff-absent">${escapeHtml(interpolate(labels.absentNewer, { version: to }))}</p>`
        : '';
  const context = (side: Side): BlockContext => ({
    side,
    labels,
    titles,
    sectionTitle: plainTitle(section, labels.intro),
    tableCount: { n: 0 },
  });
  const body =
    view === 'inline'
      ? `${absent('old')}${absent('new')}<div class="diff-body">${blocksHtml(section.blocks, context('both'))}</div>`
      : `<div class="diff-columns"><div class="diff-column old"><p class="diff-column-label">${escapeHtml(interpolate(labels.older, { version: from }))}</p>${absent('old')}${blocksHtml(section.blocks, context('old'))}</div><div class="diff-column new"><p class="diff-column-label">${escapeHtml(interpolate(labels.newer, { version: to }))}</p>${absent('new')}${blocksHtml(section.blocks, context('new'))}</div></div>`;
  const classes = `diff-section depth-${section.depth}${!changed && !options.context ? ' is-unchanged' : ''}`;
  return `<section class="${classes}" aria-labelledby="${id}-title"><${heading} id="${id}" class="diff-heading"><span id="${id}-title">${title}</span> <span class="diff-kinds">${kinds}</span></${heading}>${formerly}${body}</section>`;
}

/** The summary at the top: counts per kind, and a link to each changed section. */
export function summaryHtml(diff: DocumentDiff, labels: DiffLabels): string {
  const order = ['changed', 'added', 'removed', 'renamed', 'moved'] as const;
  const counts = order.filter((kind) => diff.summary[kind] > 0).map((kind) => interpolate(labels.counts[kind], { n: diff.summary[kind] }));
  const text = counts.length > 0 ? interpolate(labels.summaryCounts, { counts: counts.join(', ') }) : labels.summaryNone;
  const items = diff.sections
    .filter(isChangedSection)
    .map(
      (section) =>
        `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(plainTitle(section, labels.intro))}</a> – ${escapeHtml(section.kinds.map((kind) => labels.kinds[kind].toLowerCase()).join(', '))}</li>`,
    );
  return `<nav class="diff-summary" aria-labelledby="diff-summary-title"><h2 id="diff-summary-title">${escapeHtml(labels.summaryLabel)}</h2><p>${escapeHtml(text)}</p>${items.length > 0 ? `<ul>${items.join('')}</ul>` : ''}</nav>`;
}

/** Every section of the diff; unchanged sections that hold a changed subsection stay visible as context. */
export function sectionsHtml(diff: DocumentDiff, options: DiffView): string {
  const changedParents = new Set(
    diff.sections.filter((section) => isChangedSection(section) && section.parentId).map((section) => section.parentId),
  );
  const titles = new Map(diff.sections.map((section) => [section.id, plainTitle(section, options.labels.intro)]));
  return diff.sections.map((section) => sectionHtml(section, { ...options, context: changedParents.has(section.id), titles })).join('');
}
