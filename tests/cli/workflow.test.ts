import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runMain, TEST_LOCALE } from '../helpers/cli.js';

// The everyday workflow end to end, with the real CLI: init, new, lint, build, a no-op rebuild,
// an edit, a deleted plan, doctor, and watch with a live page.
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/studyplan.js');
let tmp: string;
let project: string;

const studyplan = (...args: string[]) => runMain(project, args, { CI: 'true' });
const inProject = (...p: string[]) => path.join(project, ...p);
// The lint command comes from another module; its step runs once it is there.
const mtimes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const f = path.join(e.parentPath, e.name);
        return [path.relative(dir, f), statSync(f).mtimeMs];
      }),
  );

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'studyplan-workflow-'));
  project = tmp;
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('init and new', () => {
  test('init writes a project that works at once, and refuses to overwrite it', async () => {
    const r = await studyplan('init', 'studieplaner');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    project = path.join(tmp, 'studieplaner');
    for (const f of [
      'plans/exempel.yaml',
      'studyplan.config.yaml',
      '.gitignore',
      '.gitattributes',
      '.vscode/settings.json',
      '.vscode/extensions.json',
      '.github/workflows/studyplan.yml',
      'README.md',
      'package.json',
      'schemas/studyplan.schema.json',
    ]) {
      expect(existsSync(inProject(f)), f).toBe(true);
    }
    expect(readFileSync(inProject('plans/exempel.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/studyplan.schema.json');
    expect(readFileSync(inProject('.gitignore'), 'utf8')).toMatch(/^out\/$/m);
    expect(readFileSync(inProject('.gitattributes'), 'utf8')).toMatch(/^\* text=auto eol=lf$/m);
    expect(JSON.parse(readFileSync(inProject('.vscode/extensions.json'), 'utf8')).recommendations).toContain('redhat.vscode-yaml');
    expect(JSON.parse(readFileSync(inProject('.vscode/extensions.json'), 'utf8')).recommendations).toContain('studyplan.studyplan');
    expect(JSON.parse(readFileSync(inProject('.vscode/settings.json'), 'utf8'))['yaml.schemas']['./schemas/studyplan.schema.json']).toContain('plans/*.yaml');
    const workflow = readFileSync(inProject('.github/workflows/studyplan.yml'), 'utf8');
    expect(workflow).toContain('studyplan lint --format github');
    expect(workflow).toContain('actions/upload-artifact');
    expect(workflow).toBe(readFileSync(path.join(root, '.github/workflows/studyplan.yml'), 'utf8'));

    const before = readFileSync(inProject('README.md'), 'utf8');
    writeFileSync(inProject('README.md'), 'egen text\n');
    project = tmp;
    const again = await studyplan('init', 'studieplaner');
    project = path.join(tmp, 'studieplaner');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has .*README\.md/);
    expect(readFileSync(inProject('README.md'), 'utf8')).toBe('egen text\n');
    writeFileSync(inProject('README.md'), before);
  });

  test('new writes a plan from the skeleton, with å ä ö folded, and never overwrites', async () => {
    const r = await studyplan('new', 'Skåne våren 2027', '--year', '2027', '--publisher', 'Socialdemokraterna i Skåne');
    expect(r.code).toBe(0);
    const file = inProject('plans/skane-varen-2027.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/studyplan.schema.json');
    expect(text).toContain('title: Studieplan 2027');
    expect(text).toContain('# Vem som ger ut planen.');
    writeFileSync(file, text.replace('title: Studieplan 2027', 'title: Studieplan våren 2027'));
    const again = await studyplan('new', 'skane-varen-2027');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toContain('Studieplan våren 2027');
    expect((await studyplan('new', '../utanför')).code).toBe(2);
  });

  test('the new plans pass lint', async () => {
    const r = await studyplan('lint');
    // Warnings only: the skeleton's texts, until the secretary writes the plan's own (the next test).
    expect(r.stdout).toMatch(/\(0 errors, \d+ warnings\)/);
    expect(r.code).toBe(0);
  });

  test("the skeleton's texts are warnings (errors in CI with --max-warnings 0), at each of them", async () => {
    const r = await studyplan('lint', '--format', 'json');
    const found = (JSON.parse(r.stdout) as { file: string; line: number; ruleId: string; severity: string }[]).filter((d) => d.ruleId === 'plan/skeleton-text');
    const at = (file: string) => found.filter((d) => d.file.endsWith(file)).map((d) => d.line);
    const lineOf = (file: string, text: string) =>
      readFileSync(inProject('plans', file), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes(text)) + 1;
    // The introduction and description are block texts: found at their key's line, the one above the text.
    const texts = (file: string) => [lineOf(file, 'Skriv inledningen här') - 1, lineOf(file, 'Vad utbildningen handlar om') - 1, lineOf(file, 'Syftet med utbildningen')];
    expect(at('exempel.yaml')).toEqual([lineOf('exempel.yaml', 'Socialdemokraterna i Exempellän'), ...texts('exempel.yaml')]);
    // new was given the publisher: its "Socialdemokraterna i …" is not there to find.
    expect(at('skane-varen-2027.yaml')).toEqual(texts('skane-varen-2027.yaml'));
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
    expect((await studyplan('lint', '--max-warnings', '0')).code).toBe(1);
  });

  test("init's example is not built beside a plan of the project's own; without its first comment line it is", async () => {
    const r = await studyplan('build', '--format', 'html', '--out', 'utkast');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Built 1 plan into utkast\/ /m);
    expect(r.stderr).toMatch(/plans\/exempel\.yaml is init's example plan and was not built/);
    expect(existsSync(inProject('utkast/skane-varen-2027.html'))).toBe(true);
    expect(existsSync(inProject('utkast/exempel.html'))).toBe(false);
    expect(readFileSync(inProject('utkast/index.html'), 'utf8')).not.toContain('exempel');
    rmSync(inProject('utkast'), { recursive: true });
    // The secretary keeps the example as a plan: the line that marks it goes, and it is built from now on.
    const example = inProject('plans/exempel.yaml');
    writeFileSync(example, readFileSync(example, 'utf8').replace(/^# studyplan: exempelplan.*\n/m, ''));
  });
});

describe('incremental builds', () => {
  test('a full build writes HTML, PDF and the index; the next build rewrites nothing', async () => {
    const first = await studyplan('build', '--format', 'html,pdf');
    // The skeleton's placeholder texts are warned of, as lint does (issue 30); nothing is an error.
    expect(first.stderr).not.toMatch(/ {2}error {2}/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Built 2 plans into out\/ \(\d+ files\) in [\d.]+ s$/m);
    for (const name of ['exempel', 'skane-varen-2027']) {
      expect(
        readFileSync(inProject(`out/${name}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(existsSync(inProject(`out/${name}.html`))).toBe(true);
    }
    expect(existsSync(inProject('out/.studyplan-cache.json'))).toBe(true);
    const before = mtimes(inProject('out'));

    const second = await studyplan('build', '--format', 'html,pdf');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Nothing has changed – 2 plans are already built in out\/$/m);
    expect(mtimes(inProject('out'))).toEqual(before);
  }, 120_000);

  test('an edited plan is the only one rebuilt; --force rebuilds all', async () => {
    const before = mtimes(inProject('out'));
    const file = inProject('plans/exempel.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Medlemsutbildning del 1', 'Medlemsutbildning steg 1'));
    const r = await studyplan('build', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Built 1 plan into out\/ \(1 file\) in [\d.]+ s; 1 plan was already built$/m);
    const after = mtimes(inProject('out'));
    expect(after['exempel.html']).not.toBe(before['exempel.html']);
    expect(after['skane-varen-2027.html']).toBe(before['skane-varen-2027.html']);
    expect(readFileSync(inProject('out/exempel.html'), 'utf8')).toContain('Medlemsutbildning steg 1');
    expect((await studyplan('build', '--format', 'html', '--force')).stdout).toMatch(/^Built 2 plans into out\/ \(2 files\) in [\d.]+ s$/m);
  }, 60_000);

  test('a deleted plan loses its outputs and its line in the index', async () => {
    await studyplan('new', 'kortlivad', '--title', 'Kortlivad plan');
    expect((await studyplan('build', '--format', 'html')).code).toBe(0);
    expect(readFileSync(inProject('out/index.html'), 'utf8')).toContain('kortlivad.html');
    unlinkSync(inProject('plans/kortlivad.yaml'));
    const r = await studyplan('build', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('removed the outputs of kortlivad');
    expect(existsSync(inProject('out/kortlivad.html'))).toBe(false);
    expect(readFileSync(inProject('out/index.html'), 'utf8')).not.toContain('kortlivad');
  }, 60_000);

  test('studyplan.config.yaml sets the out folder; a flag overrides it', async () => {
    const config = inProject('studyplan.config.yaml');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, original.replace('out: out/', 'out: publicerat/').replace('formats: [html, pdf]', 'formats: [html]'));
    try {
      expect((await studyplan('build')).code).toBe(0);
      expect(existsSync(inProject('publicerat/exempel.html'))).toBe(true);
      expect(existsSync(inProject('publicerat/exempel.pdf'))).toBe(false);
      expect((await studyplan('build', '--out', 'annat')).code).toBe(0);
      expect(existsSync(inProject('annat/exempel.html'))).toBe(true);
      writeFileSync(config, 'formats: [word]\n');
      const bad = await studyplan('build');
      expect(bad.code).toBe(2);
      // Checked by the config's schema, at its line and column (src/project/config.ts).
      expect(bad.stderr).toMatch(/studyplan\.config\.yaml:1:\d+: .*`word`.*`formats`/);
    } finally {
      writeFileSync(config, original);
    }
  }, 60_000);

  test('doctor checks the set-up and exits 0 when all is well', async () => {
    const r = await studyplan('doctor');
    expect(r.stdout).toMatch(/✓ node:/);
    expect(r.stdout).toMatch(/✓ browser starts:/);
    expect(r.stdout).toMatch(/✓ fonts:/);
    expect(r.code).toBe(0);
    const bad = await studyplan('doctor', '--chrome', '/nonexistent/chrome');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/✗ browser: .*\n {4}fix: /);
  }, 60_000);
});

describe('watch', () => {
  test('serves out/, shows an edit within seconds, overlays errors, and stops cleanly', async () => {
    const child = spawn(process.execPath, [bin, 'watch', '--port', '0'], { cwd: project, env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await poll(() => /serving out\/ at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1]);
      const page = () => fetch(`${url}exempel.html`).then((r) => r.text());
      const first = await page();
      expect(first).toContain('data-studyplan-watch');
      expect(readFileSync(inProject('out/exempel.html'), 'utf8')).not.toContain('data-studyplan-watch');

      // Without --pdf no PDF is printed on save, but one is printed when the page asks for it.
      const pdfFile = inProject('out/exempel.pdf');
      rmSync(pdfFile, { force: true });
      const pdf = await fetch(`${url}exempel.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(existsSync(pdfFile)).toBe(true);
      expect((await fetch(`${url}no-such-plan.pdf`)).status).toBe(404);

      const file = inProject('plans/exempel.yaml');
      const text = readFileSync(file, 'utf8');
      // A save as many editors do it on Windows (and Vim, JetBrains): a new file renamed over the plan.
      const saved = path.join(path.dirname(file), '.exempel.yaml.saving');
      writeFileSync(saved, text.replace('Medlemsutbildning steg 1', 'Medlemsutbildning ATOMIC'));
      renameSync(saved, file);
      await poll(async () => ((await page()).includes('Medlemsutbildning ATOMIC') ? true : undefined));
      writeFileSync(file, text.replace('Medlemsutbildning steg 1', 'Medlemsutbildning LIVE'));
      await poll(async () => ((await page()).includes('Medlemsutbildning LIVE') ? true : undefined));

      // An error: the terminal says so, the last good page stays.
      writeFileSync(file, text.replace('Medlemsutbildning steg 1', 'Medlemsutbildning LIVE').replace(/^period:/m, 'perioden:'));
      await poll(() => (/exempel\.yaml:\d+:\d+/.test(stderr) ? true : undefined));
      expect(await page()).toContain('Medlemsutbildning LIVE');
      writeFileSync(file, text);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('stopped');
  }, 60_000);
});

async function poll<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve(probe()).catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
