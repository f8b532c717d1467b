import type { Severity } from '../../diagnostics/diagnostic.js';
import type { LintLang } from '../../lint/index.js';

/** The reporters' and the command's own words; the engine words the messages themselves. */
export interface Words {
  severity: Record<Severity, string>;
  hint: string;
  /** `✖ 5 problems (3 errors, 2 warnings)`, the info count only when there are any. */
  summary: (counts: Record<Severity, number>) => string;
  /** Shown when nothing was found. */
  clean: (files: number) => string;
  tooManyWarnings: (warnings: number, max: number) => string;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const WORDS: Record<LintLang, Words> = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    hint: 'hint',
    summary: (c) => {
      const parts = [n(c.error, 'error', 'errors'), n(c.warning, 'warning', 'warnings')];
      if (c.info) parts.push(n(c.info, 'info', 'infos'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problems')} (${parts.join(', ')})`;
    },
    clean: (files) => `✔ ${n(files, 'plan', 'plans')} checked, no problems`,
    tooManyWarnings: (w, max) => `studyplan lint found too many warnings (${w}; maximum: ${max}).`,
  },
  sv: {
    severity: { error: 'fel', warning: 'varning', info: 'info' },
    hint: 'tips',
    summary: (c) => {
      const parts = [n(c.error, 'fel', 'fel'), n(c.warning, 'varning', 'varningar')];
      if (c.info) parts.push(n(c.info, 'info', 'info'));
      return `✖ ${n(c.error + c.warning + c.info, 'problem', 'problem')} (${parts.join(', ')})`;
    },
    clean: (files) => `✔ ${n(files, 'plan granskad', 'planer granskade')}, inga problem`,
    tooManyWarnings: (w, max) => `studyplan lint hittade för många varningar (${w}; högst ${max} tillåts).`,
  },
};
