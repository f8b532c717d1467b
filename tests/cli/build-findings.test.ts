import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/** A plan that lints with one warning: the `#3` of the venue is a YAML comment and is lost. */
const WARNED = `title: Studieplan 2027
publisher:
  name: LO-distriktet i Exempellän
period:
  year: 2027
sections:
  - kind: courses
    title: Kurser
    courses:
      - id: retorik
        title: Retorik
        audience: Förtroendevalda i avdelningarna
        occurrences:
          - date: 2027-03-12
            startTime: '18:00'
            endTime: '21:00'
            venue: LO-borgen, sal #3
            town: Luleå
`;
const CLEAN = WARNED.replace('venue: LO-borgen, sal #3', 'venue: "LO-borgen, sal #3"');

let project: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-findings-'));
  mkdirSync(path.join(project, 'plans'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('build shows what lint shows (issue 30: warnings never reached build or watch)', () => {
  test('a warning, with its hint, is printed by the build that writes the plan and by the next one that finds it unchanged', async () => {
    writeFileSync(path.join(project, 'plans/retorik.yaml'), WARNED);
    const lint = await runMain(project, ['lint', '--format', 'json']);
    const [finding, ...more] = JSON.parse(lint.stdout) as { line: number; column: number; ruleId: string; hint: string }[];
    expect(more).toEqual([]);
    for (const args of [
      ['build', '--format', 'html'],
      ['build', '--format', 'html'],
    ]) {
      const r = await runMain(project, args);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`plans/retorik.yaml:${finding!.line}:${finding!.column}  warning  `);
      expect(r.stderr).toContain(finding!.ruleId);
      expect(r.stderr).toContain(`    hint: ${finding!.hint}`);
      expect(r.stderr).toMatch(/✖ 1 problem \(0 errors, 1 warning\)\n$/);
    }
    expect((await runMain(project, ['build', '--format', 'html'])).stdout).toMatch(/^Nothing has changed/);
  });

  test('in the run’s language (Swedish by default), and --quiet keeps only errors', async () => {
    writeFileSync(path.join(project, 'plans/retorik.yaml'), WARNED);
    const sv = await runMain(project, ['build', '--format', 'html'], { LANG: '', LC_ALL: '' });
    expect(sv.stderr).toContain('  varning  ');
    expect(sv.stderr).toContain('    tips: ');
    const quiet = await runMain(project, ['build', '--format', 'html', '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  test('a clean build prints no finding and no count line', async () => {
    writeFileSync(path.join(project, 'plans/retorik.yaml'), CLEAN);
    expect((await runMain(project, ['lint'])).code).toBe(0);
    const r = await runMain(project, ['build', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
