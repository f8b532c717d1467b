import type { Finding } from './finding.js';
import type { LintLang } from './lang.js';
import { en } from './messages/en.js';
import { sv } from './messages/sv.js';
import type { Catalogue } from './messages/types.js';

const catalogues: Record<LintLang, Catalogue> = { sv, en };

/** The message and hint of a finding in a language, from the catalogue entry of its rule. */
export function format(f: Finding, lang: LintLang): { message: string; hint?: string } {
  const text = catalogues[lang][f.ruleId] ?? catalogues.en[f.ruleId];
  if (!text) return { message: String(f.params.detail ?? f.ruleId) };
  const hint = text.hint?.(f.params);
  return hint ? { message: text.message(f.params), hint } : { message: text.message(f.params) };
}
