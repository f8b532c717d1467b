import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runMain } from '../helpers/cli.js';

/**
 * Danish is a message language (issue 27): chosen by --lang da, by a Danish locale (LANG,
 * LC_MESSAGES, LC_ALL) and by the config's `lang: da`, studyplan says lint's findings, a build's
 * failures and its --help in Danish. main() of the compiled CLI in this process, with the locale
 * variables as its environment (runMain); the bin's own reading of the locale at its start is
 * tested in languages-sv. The plans are tests/fixtures/languages/ (broken.yaml has an
 * unknown key, a bad e-mail address and a course without an audience).
 */
let project: string;
beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'studyplan-danish-'));
  cpSync(path.join(ROOT, 'tests/fixtures/languages'), project, { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('lint in Danish', () => {
  test.each([
    ['--lang da on a machine with no language of ours', ['--lang', 'da'], { LANG: 'C.UTF-8' }],
    ['--lang da on a Swedish machine', ['--lang', 'da'], { LANG: 'sv_SE.UTF-8' }],
    ['LANG=da_DK.UTF-8', [], { LANG: 'da_DK.UTF-8' }],
    ['LC_MESSAGES=da_DK.UTF-8 over LANG=en_US.UTF-8', [], { LC_MESSAGES: 'da_DK.UTF-8', LANG: 'en_US.UTF-8' }],
    ['LC_ALL=da_DK.UTF-8 over LANG=sv_SE.UTF-8', [], { LC_ALL: 'da_DK.UTF-8', LANG: 'sv_SE.UTF-8' }],
  ])('a plan with errors, %s: the findings and their summary in Danish, exit 1', async (_name, flag, env) => {
    const r = await runMain(project, ['lint', 'broken.yaml', '--format', 'stylish', ...flag], env);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('  1:1    fejl  Ukendt nøgle `titel`. Mente du `title`?  schema/unknown-key');
    expect(r.stdout).toContain('    tip: Tilladte nøgler her: language, kind, title,');
    expect(r.stdout).toContain('  5:10   fejl  `abf.test` er ikke en korrekt udformet e-mailadresse.  plan/malformed-email');
    expect(r.stdout).toContain('  13:13  info  Kurset `Alpha 1` har hverken målgruppe eller formål.  plan/course-without-audience');
    expect(r.stdout).toContain('✖ 3 problemer (2 fejl, 0 advarsler, 1 info)');
    expect(r.stdout).not.toMatch(/\b(error|Unknown key|fel|Okänd|feil|Ukjent)\b/);
  });

  test('a YAML mistake, in Danish', async () => {
    const r = await runMain(project, ['lint', 'syntax.yaml'], { LANG: 'da_DK.UTF-8' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fejl  Tabulator brugt som indrykning (kolonne 1).  yaml/tab-indent');
    expect(r.stdout).toContain('tip: Erstat tabulatoren med mellemrum: sæt `kind` i kolonne 3.');
    expect(r.stdout).toContain('✖ 1 problem (1 fejl, 0 advarsler)');
  });

  test("the config's lang: da, when neither --lang nor the locale names a language", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-danish-config-'));
    try {
      cpSync(path.join(project, 'broken.yaml'), path.join(dir, 'broken.yaml'));
      writeFileSync(path.join(dir, 'studyplan.config.yaml'), 'lang: da\n');
      const r = await runMain(dir, ['lint', 'broken.yaml'], { LANG: 'C.UTF-8' });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('✖ 3 problemer (2 fejl, 0 advarsler, 1 info)');
      // --lang still wins over the config.
      expect((await runMain(dir, ['lint', 'broken.yaml', '--lang', 'nb'], { LANG: 'C.UTF-8' })).stdout).toContain('✖ 3 problemer (2 feil, 0 advarsler, 1 info)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('good plans: the clean line in Danish', async () => {
    const r = await runMain(project, ['lint'], { LANG: 'da_DK.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 1 plan kontrolleret, ingen problemer');
  });

  test('a file that is not there: the failure and its hint in Danish, exit 2', async () => {
    const r = await runMain(project, ['lint', 'no-such.yaml'], { LANG: 'da_DK.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('studyplan: ingen planfil passer til no-such.yaml\n  Angiv planfiler, mapper eller glob-mønstre, f.eks. studyplan lint plans/\n');
  });
});

describe('build in Danish', () => {
  test('a plan with errors is not built: its findings, the progress and the summary in Danish, exit 1', async () => {
    const r = await runMain(project, ['build', '--format', 'html', '--out', 'out-da', 'plans', 'broken.yaml'], { LANG: 'da_DK.UTF-8' });
    expect(r.code).toBe(1);
    const all = `${r.stdout}\n${r.stderr}`;
    // The build's findings are the compact lines: file:line:column, severity, message, rule.
    expect(all).toContain('broken.yaml:1:1  fejl  Ukendt nøgle `titel`. Mente du `title`?  schema/unknown-key');
    expect(all).toContain('broken.yaml:5:10  fejl  `abf.test` er ikke en korrekt udformet e-mailadresse.  plan/malformed-email\n    tip: En e-mailadresse ser ud som navn@eksempel.dk.');
    expect(all).toContain('broken.yaml:13:13  info  Kurset `Alpha 1` har hverken målgruppe eller formål.  plan/course-without-audience');
    expect(all).toContain('broken: mislykkedes');
    expect(all).toMatch(/1 plan har fejl og blev ikke bygget/);
  });

  test.each([
    [['--format', 'xml'], 'studyplan: ukendt --format: xml\n  Brug --format html, pdf eller json, eller en kommasepareret liste som html,pdf,json.\n'],
    [['--template', 'nope'], 'studyplan: skabelonen findes ikke: nope\n  Brug --template booklet, eller stien til en skabelonmappe.\n'],
    [['--concurrency', '0'], 'studyplan: --concurrency skal være et heltal, 1 eller derover, ikke 0\n'],
  ])('build %j fails in Danish, exit 2', async (args, said) => {
    const r = await runMain(project, ['build', ...args, '--lang', 'da'], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(said);
  });

  test('a good build, and the same build again, in Danish', async () => {
    const first = await runMain(project, ['build', '--format', 'html', '--out', 'out-ok'], { LANG: 'da_DK.UTF-8' });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr + first.stdout).toMatch(/Byggede 1 plan til out-ok\/ \(\d+ fil(er)?\) på \d+,\d+ s/);
    const again = await runMain(project, ['build', '--format', 'html', '--out', 'out-ok'], { LANG: 'da_DK.UTF-8' });
    expect(again.stderr + again.stdout).toContain('Intet er ændret – 1 plan er allerede bygget i out-ok/');
  });
});

describe('--help in Danish', () => {
  test('the program and its commands, commander’s headings too', async () => {
    const r = await runMain(project, ['--help'], { LANG: 'da_DK.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Brug: studyplan \[tilvalg\] \[kommando\]\n/);
    expect(r.stdout).toContain('Kontrollér og byg studieplaner skrevet i YAML');
    expect(r.stdout).toContain('\nTilvalg:\n');
    expect(r.stdout).toContain('\nKommandoer:\n');
    expect(r.stdout).toContain('vis hjælp til en kommando');
    const lint = await runMain(project, ['lint', '--help', '--lang', 'da'], { LANG: 'C.UTF-8' });
    expect(lint.stdout).toContain('Afslutningskoder: 0 ingen fejl');
    expect(lint.stdout).toContain('(mulige værdier: "sv", "en", "nb", "da")');
  });

  test('an unknown option, worded again in Danish', async () => {
    const r = await runMain(project, ['lint', '--bogus', '--lang', 'da'], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fejl: ukendt tilvalg --bogus\n(kør `studyplan lint --help` for at få hjælp)\n');
  });
});
