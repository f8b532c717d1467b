import { describe, expect, test } from 'vitest';
import { LANGS, localeLang, resolveLang, words } from '../../src/i18n/index.js';
import { RULE_TEXTS } from '../../src/lint/format.js';

/** Every key path of a catalogue ("reporter.severity.error", "diff.fields.title"), functions as leaves. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('the catalogues', () => {
  test.each(['en', 'nb'] as const)('the %s catalogue has the keys of the Swedish one, no more and no fewer', (lang) => {
    expect(keys(words(lang))).toEqual(keys(words('sv')));
  });

  test.each(['en', 'nb'] as const)('the rules have texts in %s for exactly the rules of the Swedish texts', (lang) => {
    expect(Object.keys(RULE_TEXTS[lang]).sort()).toEqual(Object.keys(RULE_TEXTS.sv).sort());
    for (const [id, text] of Object.entries(RULE_TEXTS.sv)) expect(Boolean(RULE_TEXTS[lang][id]!.hint), `${lang} ${id} hint`).toBe(Boolean(text.hint));
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
  });
});
