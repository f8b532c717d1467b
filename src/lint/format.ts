import type { Lang } from '../i18n/lang.js';
import type { Finding } from './finding.js';
import { da } from './messages/da.js';
import { en } from './messages/en.js';
import { nb } from './messages/nb.js';
import { sv } from './messages/sv.js';
import type { Catalogue } from './messages/types.js';

/** The rules' part of each language's catalogue (src/i18n/ has the rest). */
export const RULE_TEXTS: Record<Lang, Catalogue> = { sv, en, nb, da };

/** The message and hint of a finding in a language, from the catalogue entry of its rule. */
export function format(f: Finding, lang: Lang): { message: string; hint?: string } {
  const text = RULE_TEXTS[lang][f.ruleId] ?? RULE_TEXTS.sv[f.ruleId];
  if (!text) return { message: String(f.params.detail ?? f.ruleId) };
  const hint = text.hint?.(f.params);
  return hint ? { message: text.message(f.params), hint } : { message: text.message(f.params) };
}
