import { envLang, DEFAULT_LANG, type Lang } from '../i18n/lang.js';

/** The languages lint messages are written in: those of the catalogue (src/i18n/). */
export type LintLang = Lang;

/** The locale's language (LC_ALL, LC_MESSAGES, LANG) when it is sv, nb or en; Swedish otherwise. */
export function defaultLang(env: NodeJS.ProcessEnv): LintLang {
  return envLang(env) ?? DEFAULT_LANG;
}
