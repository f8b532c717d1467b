import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain } from '../helpers/cli.js';

/** `studyplan diff` through the real CLI, in a temporary git repository with two commits of a seed. */
const root = fileURLToPath(new URL('../../', import.meta.url));
let repo: string;

const studyplan = (...args: string[]) => runMain(repo, args);
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Sekreteraren', '-c', 'user.email=sekreterare@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'studyplan-diff-'));
  mkdirSync(path.join(repo, 'plans'));
  git('init', '-q', '-b', 'main');
  const seed = readFileSync(path.join(root, 'plans/norrbotten-2011-2014.yaml'), 'utf8');
  writeFileSync(path.join(repo, 'plans/x.yaml'), seed);
  git('add', 'plans/x.yaml');
  git('commit', '-q', '-m', 'Förslaget som det lades fram');
  // The meeting's changes: adopted, a course renamed, a clause added, a course's audience changed.
  const next = seed
    .replace('  state: proposal', '  state: adopted')
    .replace('        title: Politisk aftonskola\n', '        title: Politisk kvällsskola\n')
    .replace('    - Att partidistriktets utbildningsplan fastställs\n', '    - Att partidistriktets utbildningsplan fastställs\n    - Att planen följs upp varje år\n')
    .replace('        audience: Alla medlemmar särskilt nya\n', '        audience: Alla medlemmar\n');
  expect(next).not.toBe(seed);
  writeFileSync(path.join(repo, 'plans/x.yaml'), next);
  git('commit', '-q', '-am', 'Höstmötets beslut');
}, 180_000);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('studyplan diff HEAD~1:plans/x.yaml plans/x.yaml', () => {
  test('text: the changes in Swedish; exit 0', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'plans/x.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Förändringar jämfört med Utbildningsplan 2011-2014');
    expect(r.stdout).toContain('Jämfört: HEAD~1:plans/x.yaml och plans/x.yaml');
    expect(r.stdout).toContain('4 förändringar');
    expect(r.stdout).toContain('Status: förslag → fastställd');
    expect(r.stdout).toContain('Att-satser, tillagt: Att planen följs upp varje år');
    expect(r.stdout).toContain('Nytt namn: Politisk aftonskola → Politisk kvällsskola');
    expect(r.stdout).toContain('Målgrupp: Alla medlemmar särskilt nya → Alla medlemmar');
  });

  test('json: the data', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'plans/x.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { count: number; old: { source: string }; courses: { renamed?: unknown }[] };
    expect(d.count).toBe(4);
    expect(d.old.source).toBe('HEAD~1:plans/x.yaml');
    expect(d.courses.some((c) => c.renamed)).toBe(true);
  });

  test('md: a heading and lists to paste into the proposal', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'plans/x.yaml', '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## Förändringar jämfört med Utbildningsplan 2011-2014\n/);
    expect(r.stdout).toContain('- **Politisk kvällsskola**\n  - Nytt namn: Politisk aftonskola → Politisk kvällsskola');
  });

  test('html --output: a self-contained page, written atomically', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'plans/x.yaml', '--format', 'html', '--output', 'forandringar.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = readFileSync(path.join(repo, 'forandringar.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain('<h1>Förändringar jämfört med Utbildningsplan 2011-2014</h1>');
    expect(html).not.toMatch(/<(link|script|img)\b|src=|url\(/);
    expect(readdirSync(repo).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  // verify-html.sh on such a page: tests/cli/verify-harness.test.ts (slow project).

  test('--lang en: the same changes in English', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'plans/x.yaml', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Changes compared with Utbildningsplan 2011-2014');
    expect(r.stdout).toContain('Status: proposal → adopted');
  });

  test('two revisions, and a branch name', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/x.yaml', 'main:plans/x.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { count: number }).count).toBe(4);
    const same = await studyplan('diff', 'main:plans/x.yaml', 'plans/x.yaml');
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Inga förändringar.');
  });
});

describe('what diff refuses', () => {
  test('an unknown revision: one line and a hint, exit 2', async () => {
    const r = await studyplan('diff', 'nosuchrev:plans/x.yaml', 'plans/x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read nosuchrev:plans\/x\.yaml from git: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  test('a path that is not in the revision: exit 2', async () => {
    const r = await studyplan('diff', 'HEAD~1:plans/y.yaml', 'plans/x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/HEAD~1:plans\/y\.yaml/);
  });

  test('a revision that looks like an option is not passed to git: exit 2', async () => {
    // After "--" commander passes it on as an argument; git would read "--output=…" as its option.
    const r = await studyplan('diff', '--', '--output=gitout:plans/x.yaml', 'plans/x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a git revision cannot start with "-"');
    expect(existsSync(path.join(repo, 'gitout'))).toBe(false);
  });

  test('a missing file: exit 2', async () => {
    const r = await studyplan('diff', 'plans/none.yaml', 'plans/x.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/none.yaml: no such file');
  });

  test('a plan with a YAML error: its diagnostics with file:line:col, exit 1, no output file', async () => {
    writeFileSync(path.join(repo, 'broken.yaml'), 'title: Trasig\nperiod: [2021\n');
    const r = await studyplan('diff', 'plans/x.yaml', 'broken.yaml', '--output', 'never.html', '--format', 'html');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^broken\.yaml:\d+:\d+ {2}error {2}/m);
    expect(existsSync(path.join(repo, 'never.html'))).toBe(false);
  });

  test('studyplan.config.yaml decides what is an error, as for lint and build', async () => {
    // Two courses with one id: an error by default, so the new plan is refused...
    const x = readFileSync(path.join(repo, 'plans/x.yaml'), 'utf8');
    const dup = x.replace(/^( +- id: )(?!politisk-aftonskola\b)[a-z0-9-]+$/m, '$1politisk-aftonskola');
    expect(dup).not.toBe(x);
    writeFileSync(path.join(repo, 'dup.yaml'), dup);
    const refused = await studyplan('diff', 'plans/x.yaml', 'dup.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('plan/duplicate-id');
    // ...and compared once the project's config turns the rule off (found from the folder, or --config).
    writeFileSync(path.join(repo, 'studyplan.config.yaml'), 'rules:\n  plan/duplicate-id: "off"\n');
    try {
      expect((await studyplan('diff', 'plans/x.yaml', 'dup.yaml')).code).toBe(0);
    } finally {
      rmSync(path.join(repo, 'studyplan.config.yaml'));
    }
    writeFileSync(path.join(repo, 'lax.yaml'), 'rules:\n  plan/duplicate-id: warning\n');
    expect((await studyplan('diff', 'plans/x.yaml', 'dup.yaml', '--config', 'lax.yaml')).code).toBe(0);
    // A config with an unknown rule is a usage problem: exit 2 with its line and column.
    writeFileSync(path.join(repo, 'bad.yaml'), 'rules:\n  plan/duplicate-idd: "off"\n');
    const bad = await studyplan('diff', 'plans/x.yaml', 'dup.yaml', '--config', 'bad.yaml');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.yaml:2:3: /);
  });

  test('a usage mistake: exit 2', async () => {
    expect((await studyplan('diff', 'plans/x.yaml')).code).toBe(2);
    expect((await studyplan('diff', 'plans/x.yaml', 'plans/x.yaml', '--format', 'docx')).code).toBe(2);
  });
});
