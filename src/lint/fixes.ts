import type { Fix, Position } from '../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';

// Rules whose `suggestion` replaces the very text the finding points at (a key, an enum value, an id).
const REPLACED_BY_SUGGESTION = new Set(['schema/unknown-key', 'schema/enum', 'plan/unknown-prerequisite', 'plan/unknown-course']);

/**
 * The one likely fix of a finding: the rule's own, else one the engine knows how to make from the
 * finding's place in TEXT (an editor's quick fix applies it as it is).
 */
export function fixOf(f: Finding, text: string, offsetOf: (p: Position) => number): Fix | undefined {
  if (f.fix) return f.fix;
  const suggestion = f.params.suggestion;
  if (typeof suggestion === 'string' && REPLACED_BY_SUGGESTION.has(f.ruleId)) return { range: f.range, text: suggestion };
  if (f.ruleId === 'plan/clause-without-att') return prefixFix(f, text, offsetOf, 'Att ');
  if (f.ruleId === 'plan/malformed-url' && typeof f.params.fixed === 'string') return prefixFix(f, text, offsetOf, 'https://');
  return undefined;
}

/**
 * "studieplanen fastställs" -> "Att studieplanen fastställs", "www.example.se" ->
 * "https://www.example.se": PREFIX inserted at the value's start, after an opening quote.
 */
function prefixFix(f: Finding, text: string, offsetOf: (p: Position) => number, prefix: string): Fix | undefined {
  const { line, column } = f.range.start;
  const offset = offsetOf(f.range.start);
  const quote = text[offset] === '"' || text[offset] === "'" ? 1 : 0;
  // A block scalar's text starts on a later line: no safe place to insert on this one.
  if (text[offset] === '|' || text[offset] === '>') return undefined;
  const at = { line, column: column + quote };
  return { range: { start: at, end: at }, text: prefix };
}
