import type { Fix, Range, Severity } from '../diagnostics/diagnostic.js';
import type { MessageParams } from './messages/types.js';

/**
 * A problem before it is worded: the rule, the place and the values its message needs. The
 * engine turns it into a Diagnostic once the severity (config) and the language are known.
 */
export interface Finding {
  ruleId: string;
  range: Range;
  params: MessageParams;
  /** Overrides the rule's default severity (the loader's YAML warnings). */
  severity?: Severity;
  /** The one likely fix, when a rule knows it (see suggestionFix in check-plan.ts for did-you-mean). */
  fix?: Fix;
}
