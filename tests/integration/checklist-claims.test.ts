import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtFiles, contentCopy, fixture, run, temporaryFolders } from './editor-commands';

/*
 * The GDPR checklist with the editors' commands, on temporary copies of the made-up
 * checklist fixture (tests/fixtures/checklist/): its warnings never fail the check
 * or the build, its claims files change nothing in the built site, and a new
 * version starts with the claims of the version it copies.
 */

const temporaryFolder = temporaryFolders('jtec-checklist-');
const fixtureCopy = () => contentCopy(fixture('checklist'), temporaryFolder());

describe('the GDPR checklist in the editors’ commands', () => {
  test('check:content prints the warnings and, with --coverage, the table, and still passes', () => {
    const content = fixtureCopy();
    const checked = run('check', ['--content-only', '--coverage'], { CONTENT_DIR: content });
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toContain('all content rules pass');
    expect(checked.output).toMatch(
      /privacy\/nb\/2025\.mdx: warning \(current version 2025\): art\. 13 nr\. 2 bokstav d — Retten til å klage til en tilsynsmyndighet\. — not covered by any section\n/,
    );
    expect(checked.output).toMatch(/ {2}art\. 13 nr\. 2 bokstav d {2}always {7}#complaints “4\. Klage”\n/);
  });

  test('a mistake in a claims file fails the check with its file and line', () => {
    const content = fixtureCopy();
    // The draft's claims, copied onto version 2025, which has no complaints section.
    const claims = join(content, 'privacy/2025.checklist.yaml');
    cpSync(join(content, 'privacy/2026.checklist.yaml'), claims);
    const broken = run('check', ['--content-only'], { CONTENT_DIR: content });
    expect(broken.status).toBe(1);
    expect(broken.output).toContain(`${claims}:5: version 2025 has no section "complaints" — use the id of one of its sections`);
  });

  test('new-version starts the draft with the claims of the version it copies', () => {
    const content = fixtureCopy();
    const created = run('new-version', ['privacy', '2026-06'], { CONTENT_DIR: content });
    expect(created.status, created.output).toBe(0);
    expect(readFileSync(join(content, 'privacy/2026-06.checklist.yaml'), 'utf8')).toBe(
      readFileSync(join(content, 'privacy/2025.checklist.yaml'), 'utf8'),
    );
  });

  test('the built site is the same with and without claims files', () => {
    const withClaims = fixtureCopy();
    const withoutClaims = fixtureCopy();
    for (const name of readdirSync(join(withoutClaims, 'privacy')).filter((file) => file.endsWith('.checklist.yaml')))
      rmSync(join(withoutClaims, 'privacy', name));
    const outDirs = [join(withClaims, '..', 'out'), join(withoutClaims, '..', 'out')];
    for (const [index, content] of [withClaims, withoutClaims].entries()) {
      const built = run('build', [], { CONTENT_DIR: content, OUT_DIR: outDirs[index] ?? '' });
      expect(built.status, built.output).toBe(0);
    }
    const [a, b] = outDirs.map((dir) => builtFiles(dir, /./, 'latin1'));
    expect(existsSync(join(outDirs[0] ?? '', 'editors'))).toBe(false);
    expect([...(a?.keys() ?? [])].sort()).toEqual([...(b?.keys() ?? [])].sort());
    for (const [path, text] of a ?? []) expect(text, path).toBe(b?.get(path));
  });
});
