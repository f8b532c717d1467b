import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let project: string;

/** Runs the real CLI in the temporary project. */
const studyplan = (...args: string[]) => runMain(project, args);
const out = (...p: string[]) => path.join(project, 'out', ...p);

const INTERNAL_PLAN = `title: Studieplan med interna delar
publisher:
  name: Socialdemokraterna i Test
period:
  term: autumn
  year: 2022
status:
  state: draft
internalNotes: HEMLIG-PLANNOT
sections:
  - kind: courses
    title: Utbildningar
    courses:
      - id: oppen
        title: Öppen kurs
        internalNotes: HEMLIG-KURSNOT
      - id: intern
        title: HEMLIG-KURS
        internal: true
`;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-build-'));
  cpSync(path.join(root, 'plans'), path.join(project, 'plans'), { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/valid/calendar.yaml'), path.join(project, 'plans/kalender.yaml'));
  writeFileSync(path.join(project, 'plans/intern.yaml'), INTERNAL_PLAN);
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('studyplan build --format html', () => {
  test('builds every plan, the index and the fonts; exit 0', async () => {
    const r = await studyplan('build', '--format', 'html');
    // What lint says of them, the build says too (the seeds' and the internal plan's warnings and infos), and no error.
    expect(r.stderr).toMatch(/^plans\/intern\.yaml:\d+:\d+ {2}info {2}.*plan\/course-without-audience$/m);
    expect(r.stderr).toMatch(/^✖ \d+ problems \(0 errors, \d+ warnings?, \d+ infos?\)\n$/m);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Built 4 plans into out\//m);
    for (const name of ['norrbotten-2011-2014', 'skane-hosten-2021', 'kalender', 'intern']) expect(existsSync(out(`${name}.html`))).toBe(true);
    const index = readFileSync(out('index.html'), 'utf8');
    expect(index).toContain('href="norrbotten-2011-2014.html"');
    expect(index).toContain('Skånes partidistrikts Studieplan för hösten 2021');
    expect(index).toContain('Socialdemokraterna i Norrbotten');
    expect(index).toContain('2011–2014');
    expect(index).toContain('<p class="plan-mark">FÖRSLAG</p>');
    expect(index).toContain('<p class="plan-mark">UTKAST</p>');
    expect(index).not.toContain('.pdf');
    expect(readdirSync(out('assets/fonts')).filter((f) => f.endsWith('.woff2')).length).toBeGreaterThanOrEqual(6);
  });

  test('the same plans give byte-identical HTML on the next build', async () => {
    const before = readFileSync(out('skane-hosten-2021.html'));
    const indexBefore = readFileSync(out('index.html'));
    expect((await studyplan('build', '--format', 'html')).code).toBe(0);
    expect(readFileSync(out('skane-hosten-2021.html')).equals(before)).toBe(true);
    expect(readFileSync(out('index.html')).equals(indexBefore)).toBe(true);
  });

  test('internal content is absent from the HTML and the index, and present with --include-internal', async () => {
    const html = readFileSync(out('intern.html'), 'utf8');
    expect(html).not.toContain('HEMLIG');
    expect(readFileSync(out('index.html'), 'utf8')).not.toContain('HEMLIG');
    const r = await studyplan('build', 'plans/intern.yaml', '--format', 'html', '--include-internal', '--out', 'committee');
    expect(r.code).toBe(0);
    const committee = readFileSync(path.join(project, 'committee/intern.html'), 'utf8');
    for (const s of ['HEMLIG-PLANNOT', 'HEMLIG-KURSNOT', 'HEMLIG-KURS', 'Internt – endast för utskottet']) expect(committee).toContain(s);
  });

  test('a plan with errors prints its diagnostics, keeps its earlier output, and the others still build; exit 1', async () => {
    const earlier = readFileSync(out('norrbotten-2011-2014.html'));
    const file = path.join(project, 'plans/norrbotten-2011-2014.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('period:\n  from: 2011\n  to: 2014', 'period:\n  from: tjugoelva\n  to: 2014'));
    try {
      const r = await studyplan('build', '--format', 'html');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^plans\/norrbotten-2011-2014\.yaml:\d+:\d+ {2}error {2}.+ {2}\S+\/\S+$/m);
      expect(r.stdout).toMatch(/^(Built 3 plans into out\/ .*|3 plans were already built); 1 plan has errors and was not built$/m);
      expect(readFileSync(out('norrbotten-2011-2014.html')).equals(earlier)).toBe(true);
      expect(existsSync(out('skane-hosten-2021.html'))).toBe(true);
      expect(readdirSync(out()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      writeFileSync(file, good);
    }
  });

  test('a misspelt field in a template: exit 2, with the template file and line', async () => {
    cpSync(path.join(root, 'tests/fixtures/templates/misspelt'), path.join(project, 'misspelt'), { recursive: true });
    const r = await studyplan('build', 'plans/intern.yaml', '--format', 'html', '--template', './misspelt', '--out', 'broken');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/misspelt\/partials\/heading\.hbs:3:\d+: "titel" is not defined/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('usage mistakes: exit 2', async () => {
    expect((await studyplan('build', '--format', 'docx')).code).toBe(2);
    expect((await studyplan('build', 'no-such-plans/')).code).toBe(2);
    expect((await studyplan('build', '--template', 'no-such-template', '--format', 'html')).code).toBe(2);
  });
});
