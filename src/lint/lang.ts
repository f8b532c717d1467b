/** The languages lint messages are written in. Plans may also be Norwegian; messages are not. */
export type LintLang = 'sv' | 'en';

/** Swedish when LC_ALL, LC_MESSAGES or LANG (in the order POSIX applies them) starts with `sv`; English otherwise. */
export function defaultLang(env: NodeJS.ProcessEnv): LintLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^sv([_.-]|$)/i.test(locale) ? 'sv' : 'en';
}
