/**
 * The languages studyplan speaks, the one place that lists them: every word it says exists in
 * each (src/i18n/, src/lint/messages/), and a plan's `language`, the config's `lang` and a
 * template's labels are one of them (the schemas' enums are checked against this list by
 * tests/unit/failures.test.ts). Swedish first.
 */
export const LANGS = ['sv', 'en', 'nb', 'da'] as const;

/** One of the languages studyplan speaks. */
export type Lang = (typeof LANGS)[number];

/** The language when nothing names one. */
export const DEFAULT_LANG: Lang = 'sv';

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/**
 * The language a locale name names: sv_SE.UTF-8 → sv; nb_NO, no_NO, nn_NO → nb (Norwegian is
 * written in one of the two; nb is the one we have); da_DK → da; en_US, en_GB → en. C, POSIX
 * and other languages name none of ours.
 */
export function localeLang(locale: string | undefined): Lang | undefined {
  const code = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale ?? '')?.[1]?.toLowerCase();
  if (code === 'sv' || code === 'en' || code === 'da') return code;
  if (code === 'nb' || code === 'no' || code === 'nn') return 'nb';
  return undefined;
}

/** The locale's language as POSIX picks it: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function envLang(env: NodeJS.ProcessEnv): Lang | undefined {
  return localeLang(env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || undefined);
}

export interface LangSources {
  /** --lang on the command line. */
  flag?: string | undefined;
  /** `lang:` in studyplan.config.yaml. */
  config?: string | undefined;
  env: NodeJS.ProcessEnv;
}

/** The message language: --lang, then the config's `lang`, then the locale when it is sv, en, nb or da; else Swedish. */
export function resolveLang(from: LangSources): Lang {
  if (isLang(from.flag)) return from.flag;
  if (isLang(from.config)) return from.config;
  return envLang(from.env) ?? DEFAULT_LANG;
}
