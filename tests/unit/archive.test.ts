import { describe, expect, test } from 'vitest';
import { changelogAlternates, documentAlternates, documentTitle, languageEntryPath } from '~/lib/versions/navigation';
import type { LocalizedDocument, PolicyVersion } from '~/lib/content/documents';
import type { Locale } from '~/i18n/locales';

const version = (name: string, state: PolicyVersion['state'], title: string) =>
  ({ version: name, state, entry: { data: { title } } }) as unknown as PolicyVersion;

const doc = (locale: Locale, slug: string, versions: PolicyVersion[]): LocalizedDocument => ({
  document: 'privacy',
  locale,
  slug,
  versions,
  current: versions.find((candidate) => candidate.state === 'current'),
});

describe('documentTitle', () => {
  test.each([
    ['the current version', [version('2099', 'upcoming', 'Ny'), version('2025', 'current', 'Personvern')], 'Personvern'],
    ['the newest published, when none is current yet', [version('draft', 'draft', 'Utkast'), version('2099', 'upcoming', 'Ny')], 'Ny'],
    ['the folder name, when only drafts exist', [version('draft', 'draft', 'Utkast')], 'privacy'],
  ])('%s', (_, versions, expected) => {
    expect(documentTitle(doc('nb', 'personvern', versions))).toBe(expected);
  });
});

describe('languageEntryPath', () => {
  const documents = [
    doc('nb', 'personvern', [version('2025', 'current', 'Personvern')]),
    doc('en', 'privacy', [version('2099', 'upcoming', 'Privacy')]),
  ];
  test.each([
    ['nb', '/nb/personvern/'],
    ['en', '/en/'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(languageEntryPath(documents, locale)).toBe(expected);
  });
});

describe('alternates', () => {
  const translations = [doc('nb', 'personvern', []), doc('en', 'privacy', [])];
  test.each([
    ['documentAlternates: each current version', documentAlternates, ['/nb/personvern/', '/en/privacy/']],
    ['changelogAlternates: each changelog', changelogAlternates, ['/nb/personvern/endringer/', '/en/privacy/changes/']],
  ])('%s', (_, alternates, paths) => {
    expect(alternates(translations)).toEqual([
      { locale: 'nb', path: paths[0] },
      { locale: 'en', path: paths[1] },
    ]);
  });
});
