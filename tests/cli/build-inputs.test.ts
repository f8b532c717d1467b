import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BIN, ROOT, runMain, TEST_LOCALE } from '../helpers/cli.js';

const PLAN = `title: Studieplan med bilder
publisher:
  name: Socialdemokraterna i Test
period:
  year: 2026
sections:
  - kind: prose
    title: Kursgården
    text: Kursgården ligger vid sjön.
    images: [{src: bilder/a.png, alt: Kursgården}]
`;

let project: string;
beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-build-inputs-'));
  mkdirSync(path.join(project, 'plans', 'bilder'), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

// Without the padding, which the page writes as &#x3D;.
const picture = (name: string) => readFileSync(path.join(ROOT, name)).toString('base64').replace(/=+$/, '');

describe("a plan's images are inputs of its outputs, as the parsed plan names them", () => {
  test('an image in flow style that changed rebuilds the plan, and the new picture is in out/', async () => {
    writeFileSync(path.join(project, 'plans', 'plan.yaml'), PLAN);
    copyFileSync(path.join(ROOT, 'tests/fixtures/genre/bilder/kursgard.png'), path.join(project, 'plans', 'bilder', 'a.png'));
    const first = await runMain(project, ['build', '--format', 'html']);
    expect(first.stderr).toBe('');
    expect(readFileSync(path.join(project, 'out', 'plan.html'), 'utf8')).toContain(picture('tests/fixtures/genre/bilder/kursgard.png'));

    copyFileSync(path.join(ROOT, 'tests/fixtures/brand/assets/logo.png'), path.join(project, 'plans', 'bilder', 'a.png'));
    const second = await runMain(project, ['build', '--format', 'html']);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/nothing has changed|up to date/i);
    expect(readFileSync(path.join(project, 'out', 'plan.html'), 'utf8')).toContain(picture('tests/fixtures/brand/assets/logo.png'));

    // Nothing changed since: nothing is rebuilt.
    const third = await runMain(project, ['build', '--format', 'html']);
    expect(third.stdout).toMatch(/up to date|unchanged|nothing/i);
  });

  // The key's line regex read any path after `src:`: this build read /dev/zero until killed. A
  // process of its own, killed after 20 s, so that the test never waits for the machine's memory.
  test.skipIf(process.platform === 'win32')('a line "src: /dev/zero" inside a Markdown text is text: build ends, as lint says no problems', () => {
    const text = PLAN.replace('    text: Kursgården ligger vid sjön.\n', '    text: |\n      Så här skriver man en bild:\n      src: /dev/zero\n').replace(/ {4}images: .*\n/, '');
    writeFileSync(path.join(project, 'plans', 'plan.yaml'), text);
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, ...args], { cwd: project, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL', env: { ...process.env, ...TEST_LOCALE, NO_COLOR: '1' } });
    expect(run(['lint']).status).toBe(0);
    const built = run(['build', '--format', 'html']);
    expect(built.signal).toBeNull();
    expect(built.status).toBe(0);
    expect(readFileSync(path.join(project, 'out', 'plan.html'), 'utf8')).toContain('src: /dev/zero');
  });
});

describe('the config is read once, by the one loader, before the commands are made', () => {
  const swedishMachine = { LANG: 'sv_SE.UTF-8' };
  // cli/message-lang.ts read `lang:` with a line regex: valid flow style kept the run Swedish.
  test.each([
    ['flow style', '{lang: en, out: ut}\n'],
    ['block style', 'lang: en\nout: ut\n'],
  ])('`lang: en` in %s makes the run English on a Swedish machine', async (_style, config) => {
    writeFileSync(path.join(project, 'plans', 'plan.yaml'), PLAN.replace(/ {4}images: .*\n/, ''));
    writeFileSync(path.join(project, 'studyplan.config.yaml'), config);
    const built = await runMain(project, ['build', '--format', 'html'], swedishMachine);
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^Built 1 plan into ut\//m);
    expect((await runMain(project, ['lint', '--help'], swedishMachine)).stdout).toMatch(/^Usage: studyplan lint/m);
  });

  test('a config that cannot be parsed is reported by the command that uses it, not by one that does not', async () => {
    writeFileSync(path.join(project, 'studyplan.config.yaml'), 'lang: [en\n');
    const built = await runMain(project, ['build', '--format', 'html']);
    expect(built.code).toBe(2);
    expect(built.stderr).toMatch(/studyplan\.config\.yaml:/);
    const made = await runMain(project, ['new', 'ny-plan']);
    expect(made.code).toBe(0);
  });
});
