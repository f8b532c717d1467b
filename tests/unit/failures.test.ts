import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeError, outputFailure } from '../../src/cli/describe-error.js';
import { RunError } from '../../src/errors/run-error.js';
import { describeFailure, LANGS, words, type ErrorCode, type Failure } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

/** Every .ts file under src/DIR, relative to the root. */
function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe('failures are values, worded by the command layer', () => {
  test('every code of the catalogue has words in every language, even without values', () => {
    const codes = Object.keys(words('sv').errors) as ErrorCode[];
    expect(codes.length).toBeGreaterThan(50);
    for (const lang of LANGS) {
      expect(Object.keys(words(lang).errors).sort()).toEqual([...codes].sort());
      for (const code of codes) expect(describeFailure({ code, params: {} }, lang).message, `${lang} ${code}`).not.toBe('');
    }
  });

  test('a RunError is its code and values; its message is the English words, for scripts and logs', () => {
    const e = new RunError('usage/shard', { value: '3/2', max: '256' });
    expect(e.code).toBe('usage/shard');
    expect(e.params).toEqual({ value: '3/2', max: '256' });
    expect(e.message).toBe('--shard must be K/N with 1 <= K <= N <= 256, not 3/2');
    expect(e.describe('sv').message).toBe('--shard ska vara K/N med 1 <= K <= N <= 256, inte 3/2');
    expect(e.describe('nb').hint).toContain('studyplan merge');
  });

  test('an ignored build cache says what was wrong in it in each language: the field and what it should be', () => {
    const note = { code: 'build/cache-ignored' as const, params: { file: '.studyplan-cache.json', out: 'out', plan: 'ghost', field: 'images', want: 'paths' } };
    expect(describeFailure(note, 'en').message).toBe(
      '.studyplan-cache.json in out is not a studyplan build cache (plan "ghost": images is not a list of paths); it was ignored and every plan is built again.',
    );
    expect(describeFailure(note, 'sv').message).toContain('(planen "ghost": images är ingen lista med sökvägar)');
    expect(describeFailure(note, 'nb').message).toContain('(planen "ghost": images er ikke en liste med stier)');
    expect(describeFailure(note, 'da').message).toBe(
      '.studyplan-cache.json i out er ikke en byggecache fra studyplan (planen "ghost": images er ikke en liste med stier); den blev ikke brugt, og alle planer bygges igen.',
    );
    expect(describeFailure({ code: 'build/cache-ignored', params: { file: 'x', out: 'out' } }, 'sv').message).toContain('är inte giltig JSON');
  });

  test.each([
    ['sv', 'häftet kunde inte skrivas ut: webbläsaren avslutades medan planen skrevs ut (kraschade eller dödades)', 'utskriften tog längre än 60 s och stoppades'],
    ['en', 'the booklet could not be printed: the browser quit while printing this plan (crashed or was killed)', 'printing took longer than 60 s and was stopped'],
    ['nb', 'heftet kunne ikke skrives ut: nettleseren avsluttet mens planen ble skrevet ut (krasjet eller ble drept)', 'utskriften tok lengre enn 60 s og ble stoppet'],
    ['da', 'hæftet kunne ikke udskrives: browseren lukkede, mens planen blev udskrevet (den gik ned eller blev dræbt)', 'udskrivningen tog mere end 60 s og blev stoppet'],
  ] as const)('a plan whose booklet crashed the browser, or whose PDF timed out, in %s', (lang, crashed, timedOut) => {
    const crash: Failure = { code: 'pdf/crashed', params: { output: 'booklet' } };
    expect(outputFailure(crash, lang)).toBe(crashed);
    expect(outputFailure({ code: 'pdf/timeout', params: { seconds: '60' } }, lang)).toBe(timedOut);
    expect(describeError(crash, lang).message).toBe(crashed);
  });
});

describe('the language is a parameter below the command layer', () => {
  // The command layer (src/cli/) and the language server (src/lsp/, told by its client) choose it;
  // src/i18n/ says how a locale names one.
  const below = files('src').filter((f) => !/^src\/(cli|lsp|i18n)\//.test(f));

  test('nothing below the command layer picks the language from the environment', () => {
    const found = below.filter((f) => /\b(envLang|resolveLang|localeLang)\(/.test(readFileSync(path.join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });

  test('one Lang type: no other list of the languages in the code, and the schemas list the same', () => {
    const lists = files('src').filter(
      (f) => !f.endsWith('.generated.ts') && f !== 'src/i18n/lang.ts' && /'sv' \| 'en' \| 'nb'|\['sv', 'en', 'nb'(, 'da')?\]/.test(readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(lists).toEqual([]);
    const plan = JSON.parse(readFileSync(path.join(ROOT, 'schemas/studyplan.schema.json'), 'utf8')) as { $defs: { language: { enum: string[] } } };
    const config = JSON.parse(readFileSync(path.join(ROOT, 'schemas/studyplan.config.schema.json'), 'utf8')) as { properties: { lang: { enum: string[] } } };
    const template = JSON.parse(readFileSync(path.join(ROOT, 'schemas/template.schema.json'), 'utf8')) as { properties: { defaultLanguage: { enum: string[] } } };
    // The languages studyplan speaks are the ones a plan may be written in.
    for (const list of [config.properties.lang.enum, template.properties.defaultLanguage.enum, plan.$defs.language.enum]) expect([...list].sort()).toEqual([...LANGS].sort());
  });
});
