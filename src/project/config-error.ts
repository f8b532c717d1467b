import { printable } from '../diagnostics/printable.js';
import { RunError } from '../errors/run-error.js';
import { describeFailure, type ErrorCode, type Lang } from '../i18n/index.js';
import { format, RULE_TEXTS } from '../lint/format.js';
import type { MessageParams } from '../lint/messages/types.js';

/**
 * One problem in the config, at its place, before it is worded: a lint rule's (its YAML syntax,
 * its schema: `yaml/syntax`, `schema/type`...) or the config's own (`config/unknown-rule`,
 * `config/site-value`), with the values of its words.
 */
export interface ConfigFinding {
  line: number;
  column: number;
  rule: string;
  params: MessageParams;
}

/**
 * A config that cannot be used (exit 2): every finding, each worded as FILE:LINE:COL: MESSAGE in
 * the language the command layer asks for (describe); `message` is the English, for scripts.
 */
export class ConfigError extends RunError {
  constructor(
    readonly file: string,
    readonly findings: readonly ConfigFinding[],
  ) {
    super('config/invalid', { file });
    this.message = this.describe('en').message;
  }

  override describe(lang: Lang): { message: string; hint?: string } {
    const worded = this.findings.map((f) => ({ at: `${this.file}:${f.line}:${f.column}`, ...describeFinding(f, lang) }));
    const hint = worded[0]?.hint ?? describeFailure(this, lang).hint;
    // One line per finding: a value with a line break in it is shown escaped, not as a line of its own.
    const message = worded.map((w) => printable(`${w.at}: ${w.message}`)).join('\n');
    return hint ? { message, hint } : { message };
  }
}

/** A lint rule's finding in the rules' words; the config's own in the errors catalogue's. */
function describeFinding(f: ConfigFinding, lang: Lang): { message: string; hint?: string } {
  if (RULE_TEXTS[lang][f.rule]) return format({ ruleId: f.rule, params: f.params, range: { start: f, end: f } }, lang);
  const params = Object.fromEntries(Object.entries(f.params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  return describeFailure({ code: f.rule as ErrorCode, params }, lang);
}
