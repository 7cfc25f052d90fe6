import { describe, expect, test } from 'vitest';
import { errataOnPage, pageInBuild, witnessDifferences, type WitnessedDocument } from '../../../scripts/lib/live-witness';

const version = (sha256: string) => ({ version: '2025', sha256, url: 'https://jtec.no/en/privacy/versions/2025/' });
const documentWith = (builtSha: string, liveErrata: string[], builtErrata: string[], built = [version(builtSha)]): WitnessedDocument => ({
  path: 'en/privacy/versions.json',
  live: [version('a'.repeat(64))],
  built,
  liveErrata: new Map([['2025', liveErrata]]),
  builtErrata: new Map([['2025', builtErrata]]),
});

describe('the live site as a witness before a deploy', () => {
  test.each([
    ['the same text', documentWith('a'.repeat(64), [], []), []],
    ['changed text with a new erratum', documentWith('b'.repeat(64), [], ['2026-12-02: Corrected a typo.']), []],
    [
      'changed text with no new erratum (a rewritten history)',
      documentWith('b'.repeat(64), ['2026-11-29: Wording corrected.'], ['2026-11-29: Wording corrected.']),
      ['en/privacy/versions.json: the text of version 2025 differs from what the live site serves, and the new build records no new erratum for it'],
    ],
    [
      'changed text where an erratum was replaced by another',
      documentWith('b'.repeat(64), ['2026-11-29: Wording corrected.'], ['2026-12-02: Something else.', '2026-12-02: Typo.']),
      ['en/privacy/versions.json: the text of version 2025 differs from what the live site serves, and the new build has lost errata the live site shows'],
    ],
    ['a published version removed', documentWith('a'.repeat(64), [], [], []), ['en/privacy/versions.json: version 2025 is published on the live site but missing from the new build']],
  ])('%s', (_, document, expected) => {
    expect(witnessDifferences([document])).toEqual(expected);
  });

  test('reads the errata a version page shows, and where the page is in a build', () => {
    const html = '<main><aside class="errata" aria-labelledby="e"><h2>Corrections</h2><ul><li><time datetime="2026-11-29">29 November 2026</time>: Wording corrected.</li></ul></aside></main>';
    expect(errataOnPage(html)).toEqual(['29 November 2026: Wording corrected.']);
    expect(pageInBuild('https://jtec.no/personvern/en/privacy/versions/2025/', '/personvern/')).toBe('en/privacy/versions/2025/index.html');
  });
});
