import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BIN, runMain, TEST_LOCALE } from '../helpers/cli.js';
import { nestedUseSvg, ONE_PIXEL_PNG } from '../helpers/images.js';

// Issue 26: a missing plan image passed lint (exit 0) and then stopped the whole build (exit 2, no
// position, later plans not built, no index, no cache). Issue 30: a missing brand logo passed lint
// and doctor and failed build. Now lint reports both at their line, build refuses the one plan
// (or, for the config's logo, the build), and doctor's config check fails with the same words.
const plan = (title: string, images = '') => `title: ${title}\npublisher:\n  name: S-distriktet\nperiod:\n  year: 2022\nsections:\n  - kind: prose\n    title: Om oss\n    text: Text.\n${images}`;
const image = (src: string) => `    images:\n      - src: ${src}\n        alt: En bild\n`;

let dir: string;
function project(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'studyplan-assets-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a missing plan image', () => {
  test('is one lint error at its src, file:line:col', async () => {
    project({ 'plans/a.yaml': plan('A', image('bilder/saknas.png')), 'plans/b.yaml': plan('B') });
    const lint = await runMain(dir, ['lint', '--format', 'github']);
    expect(lint.code).toBe(1);
    expect((await runMain(dir, ['lint', '--lang', 'sv'])).stdout).toContain('Bilden `bilder/saknas.png` finns inte.');
    expect((await runMain(dir, ['lint', '--lang', 'nb'])).stdout).toContain('Bildet `bilder/saknas.png` finnes ikke.');
    expect(lint.stdout.trim().split('\n')).toEqual([
      '::error file=plans/a.yaml,line=11,col=14,endLine=11,endColumn=31,title=plan/image-file::The picture `bilder/saknas.png` does not exist.%0AThe path is relative to the file it is written in; check the spelling, or put the picture there.',
    ]);
  });

  test('refuses that plan only: the others are built, the index and the cache are written', async () => {
    project({ 'plans/a.yaml': plan('A', image('bilder/saknas.png')), 'plans/b.yaml': plan('B', image('bilder/ok.png')), 'plans/bilder/ok.png': ONE_PIXEL_PNG });
    const build = await runMain(dir, ['build', '--format', 'html']);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`${path.join('plans', 'a.yaml')}:11:14  error  The picture \`bilder/saknas.png\` does not exist.  plan/image-file`);
    expect(build.stderr).not.toMatch(/unexpected|\n\s+at /);
    expect(existsSync(path.join(dir, 'out', 'a.html'))).toBe(false);
    expect(readFileSync(path.join(dir, 'out', 'b.html'), 'utf8')).toContain(`src="data:image/png;base64,${ONE_PIXEL_PNG.toString('base64').replace(/=+$/, '')}`);
    const index = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('b.html');
    expect(index).not.toContain('a.html');
    expect(existsSync(path.join(dir, 'out', '.studyplan-cache.json'))).toBe(true);
  });

  test('a folder where a picture should be is a lint error, not an unexpected error', async () => {
    project({ 'plans/a.yaml': plan('A', image('bilder')), 'plans/bilder/x.txt': '' });
    const build = await runMain(dir, ['build', '--format', 'html']);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(':11:14  error  The picture `bilder` is a folder, not a file.  plan/image-file');
  });

  // A FIFO opened to be read waits for a writer: each run is its own process, killed after 15 s.
  test.skipIf(process.platform === 'win32')('a FIFO where a picture should be is named as one at once, in every language; the other plans build', () => {
    project({ 'plans/a.yaml': plan('A', image('bild.png')), 'plans/b.yaml': plan('B') });
    execFileSync('mkfifo', [path.join(dir, 'plans', 'bild.png')]);
    const run = (...args: string[]) => {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL', env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1' } });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    };
    const said = {
      en: 'The picture `bild.png` is a pipe, not a file.',
      sv: 'Bilden `bild.png` är en pipe, inte en fil.',
      nb: 'Bildet `bild.png` er en pipe, ikke en fil.',
      da: 'Billedet `bild.png` er en pipe, ikke en fil.',
    };
    for (const [lang, message] of Object.entries(said)) {
      const lint = run('lint', '--lang', lang);
      expect(lint.code, lint.out).toBe(1);
      expect(lint.out).toMatch(new RegExp(`11:14\\s+\\S+\\s+${message.replace(/[.`]/g, '\\$&')}\\s+plan/image-file`));
    }
    const build = run('build', '--format', 'html');
    expect(build.code, build.out).toBe(1);
    expect(build.out).toContain(`${path.join('plans', 'a.yaml')}:11:14  error  ${said.en}`);
    expect(existsSync(path.join(dir, 'out', 'b.html'))).toBe(true);
    expect(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8')).toContain('b.html');
  });
});

describe('plan/image-file set to warning in the config', () => {
  test("a refused picture, the plan's logo too, is shown as a warning and left out of the page; the build goes on", async () => {
    const logo = 'brand:\n  logo: saknas.svg\n';
    project({ 'studyplan.config.yaml': 'rules:\n  plan/image-file: warning\n', 'plans/a.yaml': plan('A', image('bilder/saknas.png')).replace('sections:', `${logo}sections:`) });
    const build = await runMain(dir, ['build', '--format', 'html', '--lang', 'nb']);
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/7:9\s+advarsel\s+Bildet `saknas\.svg` finnes ikke\./);
    expect(build.stderr).toMatch(/13:14\s+advarsel\s+Bildet `bilder\/saknas\.png` finnes ikke\./);
    expect(readFileSync(path.join(dir, 'out', 'a.html'), 'utf8')).not.toContain('data:image');
  });
});

describe("the config's brand logo: lint, doctor and build give one verdict", () => {
  const config = 'brand:\n  color: "#0a5c36"\n  logo: assets/logo.svg\n';

  test('a missing logo fails all three, at its line in the config', async () => {
    project({ 'studyplan.config.yaml': config, 'plans/a.yaml': plan('A') });
    const lint = await runMain(dir, ['lint']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/studyplan\.config\.yaml[\s\S]*3:9\s+error\s+The picture `assets\/logo.svg` does not exist\.\s+plan\/image-file/);
    const doctor = await runMain(dir, ['doctor', '--chrome', '/nonexistent/chrome']);
    expect(doctor.stdout).toMatch(/^✗ config: studyplan\.config\.yaml:3:9: The picture `assets\/logo.svg` does not exist\.$/m);
    const build = await runMain(dir, ['build', '--format', 'html']);
    expect(build.code).toBe(2);
    expect(build.stderr.split('\n')[0]).toBe('studyplan: studyplan.config.yaml:3:9: The picture `assets/logo.svg` does not exist.');
    expect(existsSync(path.join(dir, 'out', 'a.html'))).toBe(false);
  });

  test('a 1.8 kB logo of nested <use> is refused by name, at once, instead of stalling every print (issue 28)', async () => {
    project({ 'studyplan.config.yaml': config, 'plans/a.yaml': plan('A'), 'assets/logo.svg': nestedUseSvg() });
    const lint = await runMain(dir, ['lint']);
    const build = await runMain(dir, ['build', '--format', 'html']);
    expect(lint.code).toBe(1);
    expect(build.code).toBe(2);
    expect(build.stderr.split('\n')[0]).toBe('studyplan: studyplan.config.yaml:3:9: The picture `assets/logo.svg` draws more than 50000 shapes once its <use> references are drawn out.');
    expect(existsSync(path.join(dir, 'out', 'a.html'))).toBe(false);
  }, 15_000);

  test('a logo that is there passes all three, and the page shows it cleaned', async () => {
    project({ 'studyplan.config.yaml': config, 'plans/a.yaml': plan('A'), 'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script><circle r="1"/></svg>' });
    expect((await runMain(dir, ['lint'])).code).toBe(0);
    expect((await runMain(dir, ['doctor', '--chrome', '/nonexistent/chrome'])).stdout).toMatch(/^✓ config: /m);
    const build = await runMain(dir, ['build', '--format', 'html']);
    expect(build.code, build.stderr).toBe(0);
    const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"></circle></svg>').toString('base64').replace(/=+$/, '');
    expect(readFileSync(path.join(dir, 'out', 'a.html'), 'utf8')).toContain(logo);
  });
});

describe("the config's template: lint, doctor and build give one verdict", () => {
  test("a template that does not exist fails all three, at its line, in the run's language", async () => {
    project({ 'studyplan.config.yaml': 'template: broschyr\n', 'plans/a.yaml': plan('A') });
    const lint = await runMain(dir, ['lint', '--lang', 'sv']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/1:11\s+fel\s+Mallen `broschyr` finns inte\.\s+config\/template/);
    const doctor = await runMain(dir, ['doctor', '--chrome', '/nonexistent/chrome']);
    expect(doctor.stdout).toMatch(/^✗ config: studyplan\.config\.yaml:1:11: The template `broschyr` does not exist\.$/m);
    const build = await runMain(dir, ['build', '--format', 'html', '--lang', 'nb']);
    expect(build.code).toBe(2);
    expect(build.stderr.split('\n')[0]).toBe('studyplan: studyplan.config.yaml:1:11: Malen `broschyr` finnes ikke.');
  });
});
