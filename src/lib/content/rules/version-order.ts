import { appliesFrom, classifyVersions, compareVersionNames } from '~/lib/versions/timeline';
import { histories, oldestFirst, timelineFacts, type ContentRule, type VersionFile } from './parsed-content';
import { placeOfField } from './place';
import type { Problem } from './problem';

/** Checks one document's versions in one language: same slug, dates in the same order as names, at most one upcoming version. */
export function checkVersionOrder(versions: VersionFile[], today: string): Problem[] {
  const problems: Problem[] = [];
  const ordered = oldestFirst(versions);
  const slugSource = ordered.find((entry) => entry.frontmatter?.status === 'published') ?? ordered[0];
  for (const entry of ordered) {
    const slug = entry.frontmatter?.slug;
    if (slugSource && slug !== slugSource.frontmatter?.slug) {
      problems.push({
        file: entry.path,
        ...placeOfField(entry, 'slug'),
        message: `the slug "${slug}" differs from "${slugSource.frontmatter?.slug}" in ${slugSource.locale}/${slugSource.version}.mdx`,
        fix: `use \`slug: ${slugSource.frontmatter?.slug}\` — the slug is the document's address, and changing it would break every link to it`,
      });
    }
  }
  for (let index = 1; index < ordered.length; index++) {
    const earlier = ordered[index - 1];
    const later = ordered[index];
    if (!earlier?.frontmatter || !later?.frontmatter) continue;
    const earlierFrom = appliesFrom(timelineFacts(earlier));
    const laterFrom = appliesFrom(timelineFacts(later));
    if (earlierFrom.firstDay === laterFrom.firstDay) {
      problems.push({
        file: later.path,
        ...placeOfField(later, laterFrom.basis),
        message: `versions "${earlier.version}" ("${earlierFrom.date}") and "${later.version}" ("${laterFrom.date}") would take effect at the same time`,
        fix: `give the newer version a later "${laterFrom.basis}:" date, so that readers can tell which one applies`,
      });
    } else if (compareVersionNames(earlier.version, later.version) > 0) {
      // Blame the file being worked on (a draft) when there is one: published versions are locked.
      const blameEarlier = earlier.frontmatter.status === 'draft' && later.frontmatter.status !== 'draft';
      const [target, other] = blameEarlier ? [earlier, later] : [later, earlier];
      const relation = blameEarlier ? 'before' : 'after';
      const nameRelation = blameEarlier ? 'after' : 'before';
      const targetFrom = appliesFrom(timelineFacts(target));
      const otherFrom = appliesFrom(timelineFacts(other));
      problems.push({
        file: target.path,
        ...placeOfField(target, targetFrom.basis),
        message: `version "${target.version}" is dated "${targetFrom.date}" (${targetFrom.basis}), ${relation} version "${other.version}" ("${otherFrom.date}"), but its name sorts ${nameRelation} it`,
        fix: `check "${targetFrom.basis}:" in both files: versions must be named in the order they take effect (e.g. the year and month)`,
      });
    }
  }
  const published = ordered.filter((entry) => entry.frontmatter?.status === 'published');
  const upcoming = classifyVersions(
    published.map((entry) => ({ ...timelineFacts(entry), status: 'published' as const, entry })),
    today,
  )
    .filter((version) => version.state === 'upcoming')
    .reverse();
  for (const extra of upcoming.slice(1)) {
    const first = upcoming[0];
    problems.push({
      file: extra.entry.path,
      ...placeOfField(extra.entry, 'status'),
      message: `version "${extra.version}" would be the second upcoming version: "${first?.version}" already takes effect on ${first?.appliesFrom.date}`,
      fix: `only one version may wait to take effect: keep "${extra.version}" as \`status: draft\` and publish it after ${first?.appliesFrom.date}`,
    });
  }
  return problems;
}


/** Each document's versions in each language: one slug, dated in name order, at most one upcoming. */
export const versionOrderRule: ContentRule = ({ versions, set }) => histories(versions).flatMap((history) => checkVersionOrder(history, set.today));
