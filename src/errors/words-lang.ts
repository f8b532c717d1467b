/** The language of run errors outside lint: sv or nb by the locale (LC_ALL, LC_MESSAGES, LANG), else en. */
export type WordsLang = 'sv' | 'en' | 'nb';

export function wordsLang(env: NodeJS.ProcessEnv = process.env): WordsLang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  if (/^sv([_.-]|$)/i.test(locale)) return 'sv';
  if (/^(nb|no|nn)([_.-]|$)/i.test(locale)) return 'nb';
  return 'en';
}
