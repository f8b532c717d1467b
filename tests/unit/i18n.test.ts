import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { imageReasons } from '../../src/i18n/image-reasons.js';
import { LANGS, localeLang, resolveLang, words } from '../../src/i18n/index.js';
import { RULE_TEXTS } from '../../src/lint/format.js';
import { rules } from '../../src/lint/registry.js';
import { ROOT } from '../helpers/cli.js';

/** Every key path of a catalogue ("reporter.severity.error", "diff.fields.title"), functions as leaves. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('the catalogues', () => {
  const others = LANGS.filter((l) => l !== 'sv');

  test('every language but Swedish is checked against the Swedish catalogue: en, nb and da', () => {
    expect(others).toEqual(['en', 'nb', 'da']);
  });

  test.each(others)('the %s catalogue has the keys of the Swedish one, no more and no fewer (the errors by code too)', (lang) => {
    expect(keys(words(lang))).toEqual(keys(words('sv')));
    expect(Object.keys(words(lang).errors).sort()).toEqual(Object.keys(words('sv').errors).sort());
  });

  test.each(others)('the rules have texts in %s for exactly the rules of the Swedish texts', (lang) => {
    expect(Object.keys(RULE_TEXTS[lang]).sort()).toEqual(Object.keys(RULE_TEXTS.sv).sort());
    for (const [id, text] of Object.entries(RULE_TEXTS.sv)) expect(Boolean(RULE_TEXTS[lang][id]!.hint), `${lang} ${id} hint`).toBe(Boolean(text.hint));
    for (const rule of rules) expect(rule.docs[lang], `${lang} ${rule.id}`).not.toBe('');
  });

  test.each(others)('a refused picture has the reasons of the Swedish words in %s', (lang) => {
    expect(Object.keys(imageReasons[lang]).sort()).toEqual(Object.keys(imageReasons.sv).sort());
  });

  test('the Danish catalogues are Danish: no Norwegian or Swedish spelling of a word Danish spells its own way', () => {
    // Words where bokmål and Swedish differ from Danish (feil/fel: fejl; finnes/finns: findes, nettleser: browser ...).
    const foreign =
      /\b(feil|fel|finnes|finns|ikkje|nettleser\w*|innstilling\w*|inställning\w*|kjør|tillatt|mislyktes|ukjent\w*|hjelp|endret|endring\w*|gjennom|också|inte|och|mal(en|er)?|ble|blir)\b|[äöÄÖ]/u;
    for (const file of ['src/i18n/da.ts', 'src/i18n/errors/da.ts', 'src/lint/messages/da.ts']) {
      const strings = [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/'([^'\n]*)'|`([^`\n]*)`/g)].map((m) => m[1] ?? m[2] ?? '');
      // Swedish quoted on purpose: init's example plan, the skeleton's own text, the "att" of a Swedish proposal.
      const found = strings.filter((s) => !/exempel|Skriv inledningen|Vad utbildningen|att anta/.test(s) && foreign.test(s));
      expect(found, file).toEqual([]);
    }
  });

  test('no text is empty, and none is left in Swedish in the English catalogue', () => {
    for (const lang of LANGS) {
      const flat = JSON.stringify(words(lang), (_k, v: unknown) => (typeof v === 'function' ? 'fn' : v));
      expect(flat, lang).not.toMatch(/:""/);
    }
    const en = JSON.stringify(words('en'));
    expect(en).not.toMatch(/[åäö]/i);
  });
});

describe('the message language', () => {
  test.each([
    ['sv_SE.UTF-8', 'sv'],
    ['sv', 'sv'],
    ['sv_FI', 'sv'],
    ['nb_NO.UTF-8', 'nb'],
    ['no_NO', 'nb'],
    ['nn_NO.UTF-8', 'nb'],
    ['nb', 'nb'],
    ['da_DK.UTF-8', 'da'],
    ['da_DK', 'da'],
    ['da', 'da'],
    ['en_US.UTF-8', 'en'],
    ['en_GB', 'en'],
    ['C.UTF-8', undefined],
    ['C', undefined],
    ['POSIX', undefined],
    ['de_DE.UTF-8', undefined],
    ['', undefined],
  ])('the locale %j names %s', (locale, lang) => {
    expect(localeLang(locale)).toBe(lang);
  });

  test('--lang wins, then the config, then LC_ALL, LC_MESSAGES, LANG, then Swedish', () => {
    const env = { LANG: 'en_US.UTF-8' };
    expect(resolveLang({ flag: 'nb', config: 'en', env })).toBe('nb');
    expect(resolveLang({ config: 'nb', env })).toBe('nb');
    expect(resolveLang({ env })).toBe('en');
    expect(resolveLang({ env: { LC_ALL: 'C.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('sv');
    expect(resolveLang({ env: { LC_MESSAGES: 'nb_NO.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('nb');
    expect(resolveLang({ env: { LANG: 'C.UTF-8' } })).toBe('sv');
    expect(resolveLang({ flag: 'de', env: {} })).toBe('sv');
    expect(resolveLang({ flag: 'da', config: 'nb', env })).toBe('da');
    expect(resolveLang({ config: 'da', env })).toBe('da');
    expect(resolveLang({ env: { LANG: 'da_DK.UTF-8' } })).toBe('da');
    expect(resolveLang({ env: { LC_MESSAGES: 'da_DK.UTF-8', LANG: 'sv_SE.UTF-8' } })).toBe('da');
  });
});
