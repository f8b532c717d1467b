import { LANGS, type Lang } from '../i18n/lang.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { RULE_TEXTS } from './format.js';
import { planRules } from './rules/index.js';

export interface RuleMeta {
  id: string;
  severity: Severity;
  docs: Record<Lang, string>;
}

/** The ids the loader and the schema check report, with their default severity. */
const BUILT_IN: [string, Severity][] = [
  ['yaml/syntax', 'error'],
  ['yaml/duplicate-key', 'error'],
  ['yaml/tab-indent', 'error'],
  ['yaml/multiple-documents', 'error'],
  ['yaml/alias', 'error'],
  ['yaml/alias-limit', 'error'],
  ['yaml/too-deep', 'error'],
  ['yaml/too-large', 'error'],
  ['yaml/encoding', 'error'],
  ['yaml/warning', 'warning'],
  ['yaml/unresolved-tag', 'error'],
  ['yaml/not-finite', 'error'],
  ['yaml/version', 'error'],
  ['yaml/merge-key', 'error'],
  ['yaml/not-indented', 'error'],
  ['plan/empty', 'error'],
  ['plan/image-file', 'error'],
  ['config/template', 'error'],
  ['schema/unknown-key', 'error'],
  ['schema/required', 'error'],
  ['schema/type', 'error'],
  ['schema/enum', 'error'],
  ['schema/format', 'error'],
  ['schema/pattern', 'error'],
  ['schema/range', 'error'],
  ['schema/min-items', 'error'],
  ['schema/one-of', 'error'],
  ['schema/invalid', 'error'],
  ['lint/unknown-rule', 'warning'],
  ['lint/unused-disable', 'info'],
];

function meta(id: string, severity: Severity): RuleMeta {
  const missing = LANGS.find((l) => !RULE_TEXTS[l][id]);
  if (missing) throw new Error(`rule ${id} has no message in ${missing}`);
  const docs = Object.fromEntries(LANGS.map((l) => [l, RULE_TEXTS[l][id]!.doc])) as Record<Lang, string>;
  return { id, severity, docs };
}

/** Every rule lint can report, for SARIF, the docs and checking config: yaml/*, schema/*, plan/*, lint/*. */
export const rules: readonly RuleMeta[] = Object.freeze([...BUILT_IN.map(([id, severity]) => meta(id, severity)), ...planRules.map((r) => meta(r.id, r.severity))]);

export const ruleById: ReadonlyMap<string, RuleMeta> = new Map(rules.map((r) => [r.id, r]));
