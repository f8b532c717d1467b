import type { Range } from '../diagnostics/diagnostic.js';
import { clockTime, priceAmount } from '../plan/swedish-values.js';
import type { Finding } from './finding.js';

const TIME_KEYS = new Set(['startTime', 'endTime']);

/**
 * A time or a price the schema refused, written the Swedish way (`18.30`, `kl. 18.30`, `9:30`,
 * `500 kr`, `1 200 kr`, `500:-`): the finding says what was meant (`meant`) and carries the fix
 * that writes it so, which lints clean once applied. SOURCE gives the text of a one-line range.
 */
export function withWrittenValue(f: Finding, source: (r: Range) => string | undefined): Finding {
  if (f.ruleId !== 'schema/type' && f.ruleId !== 'schema/pattern') return f;
  const key = String(f.params.key ?? '');
  if (TIME_KEYS.has(key)) {
    const written = source(f.range);
    const meant = written === undefined ? undefined : clockTime(written.replace(/^(["'])(.*)\1$/, '$2'));
    if (!written || !meant) return f;
    return { ...f, params: { ...f.params, written, meant }, fix: { range: f.range, text: `'${meant}'` } };
  }
  if (key === 'amount' && f.ruleId === 'schema/type' && f.params.actual === 'string' && typeof f.params.value === 'string') {
    const meant = priceAmount(f.params.value);
    if (meant === undefined) return f;
    return { ...f, params: { ...f.params, meant: String(meant) }, fix: { range: f.range, text: String(meant) } };
  }
  return f;
}
