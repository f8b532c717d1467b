import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runMain, runMainWithEnv, ROOT } from '../helpers/cli.js';

// A failure below the command layer is a value (a code and its values); the command layer words
// it in the run's language: --lang, then the config's lang, then the locale, never the locale
// below the command layer (issue 26).
const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-failure-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project with one plan, and CONFIG as its studyplan.config.yaml when given. */
function project(name: string, config?: string): string {
  const root = path.join(dir, name);
  mkdirSync(path.join(root, 'plans'), { recursive: true });
  cpSync(path.join(ROOT, 'tests/fixtures/valid/minimal.yaml'), path.join(root, 'plans/minimal.yaml'));
  if (config !== undefined) writeFileSync(path.join(root, 'studyplan.config.yaml'), config);
  return root;
}

const SWEDISH_MACHINE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'sv_SE.UTF-8', NO_COLOR: '1', PATH: process.env['PATH'] ?? '' };

describe('a failure is worded in the language of the run', () => {
  test('a browser that is not there, under --lang en on a Swedish machine: English', async () => {
    const cwd = project('browser');
    const r = await runMainWithEnv(cwd, ['build', '--lang', 'en', '--chrome', '/nonexistent/chrome', '--force'], SWEDISH_MACHINE);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The browser given by --chrome does not exist or cannot be run: /nonexistent/chrome');
    expect(r.stderr).not.toMatch(/Webbläsaren|finns inte/);
  });

  test.each([
    ['sv', 'Syntaxfel i YAML', 'YAML syntax error'],
    ['nb', 'Syntaksfeil i YAML', 'YAML syntax error'],
    ['da', 'Syntaksfejl i YAML', 'YAML syntax error'],
    ['en', 'YAML syntax error', 'Syntaxfel'],
  ])('a config with a YAML syntax error, in a run in %s', async (lang, said, notSaid) => {
    const cwd = project(`config-${lang}`, `lang: ${lang}\nrules:\n  plan/placeholder-text: [off\n`);
    const r = await runMain(cwd, ['lint'], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/studyplan\.config\.yaml:\d+:\d+: /);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toContain(notSaid);
  });

  test('a config with a YAML syntax error in a Swedish run (no lang named anywhere)', async () => {
    const cwd = project('config-default', 'rules:\n  plan/placeholder-text: [off\n');
    const r = await runMain(cwd, ['build', '--format', 'html'], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Syntaxfel i YAML');
    expect(r.stderr).not.toContain('YAML syntax error');
  });

  test.each([
    ['sv', '"nohelper" finns inte i mallens data'],
    ['en', '"nohelper" is not defined in the template\'s data'],
    ['nb', '"nohelper" finnes ikke i malens data'],
    ['da', '"nohelper" findes ikke i skabelonens data'],
  ])('a template naming a field its data does not have, in %s', async (lang, said) => {
    const cwd = project(`template-${lang}`);
    const template = path.join(cwd, 'tpl');
    mkdirSync(template);
    writeFileSync(path.join(template, 'template.json'), '{ "name": "tpl", "extends": "booklet" }\n');
    writeFileSync(path.join(template, 'layout.hbs'), '<!DOCTYPE html>\n<html><body>\n{{nohelper title 1}}\n</body></html>\n');
    const r = await runMain(cwd, ['build', '--lang', lang, '--format', 'html', '--template', './tpl'], { LANG: 'C.UTF-8' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tpl/layout.hbs:3:3: ${said}`);
  });

  test.each([
    ['sv', 'utskriften tog längre än'],
    ['nb', 'utskriften tok lengre enn'],
    ['da', 'udskrivningen tog mere end'],
    ['en', 'printing took longer than'],
  ])(
    'a PDF that took longer than --print-timeout, in %s',
    async (lang, said) => {
      const cwd = project(`timeout-${lang}`);
      const r = await runMain(cwd, ['build', '--lang', lang, '--chrome', '/usr/bin/chromium', '--print-timeout', '0.001', '--quiet'], { LANG: 'C.UTF-8' });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`plans/minimal\\.yaml {2}\\S+ {2}${said} 0 s\\b.*pdf/print`));
    },
    60_000,
  );
});
