import type { Fix, Range, Severity } from '../../diagnostics/diagnostic.js';
import type { PathSegment, SourceMap } from '../../plan/source-map.js';
import type { MessageParams } from '../messages/types.js';

/** What a rule sees: the plan's data (already read, possibly not schema-valid) and its places. */
export interface RuleContext {
  data: Record<string, unknown>;
  map: SourceMap;
  text: string;
  /** Whether the schema accepted the plan; rules must cope with odd shapes either way. */
  schemaValid: boolean;
  /**
   * Records a finding at the value (or key) at `path`; with `needle`, at that text inside the
   * value when the source has it verbatim (a word in a long description).
   */
  report(path: readonly PathSegment[], params?: MessageParams, part?: 'key' | 'value', needle?: string): void;
  /** Every mapping under KEY anywhere in the plan (`contacts` items, `images`, ...): KEY must be in the rule's `under`. */
  mappingsUnder(key: string): { node: Record<string, unknown>; path: PathSegment[] }[];
  /** Records a finding at a place in the text (a rule that reads the text itself), with its one likely fix. */
  reportAt(range: Range, params?: MessageParams, fix?: Fix): void;
}

/** A check beyond the schema, in its own module under src/lint/rules/. */
export interface Rule {
  /** `plan/name`; the messages and doc lines are in the catalogues under the same id. */
  id: string;
  severity: Severity;
  /** The keys the rule reads with ctx.mappingsUnder: the run finds them all in one walk of the plan. */
  under?: readonly string[];
  check(ctx: RuleContext): void;
}
