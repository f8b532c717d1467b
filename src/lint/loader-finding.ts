import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';
import { ruleById } from './registry.js';

/**
 * A problem the loader found (encoding, YAML syntax, limits) as a finding: the loader words its
 * problems in English; the catalogue words them again, the details kept. A plan's and the config's alike.
 */
export function loaderFinding(d: Diagnostic, text: string): Finding {
  const ruleId = ruleById.has(d.ruleId) ? d.ruleId : d.severity === 'warning' ? 'yaml/warning' : 'yaml/syntax';
  // A duplicate key's range starts at the key: its name makes the message specific.
  const line = d.ruleId === 'yaml/duplicate-key' ? text.split('\n', d.line)[d.line - 1] : undefined;
  const key = line
    ? /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]*?))\s*:(?:\s|$)/
        .exec(line.slice(d.column - 1))
        ?.slice(1)
        .find((k) => k !== undefined)
    : undefined;
  return {
    ruleId,
    range: { start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn } },
    params: { detail: d.message, key, ...d.params },
    severity: d.severity,
    ...(d.fix ? { fix: d.fix } : {}),
  };
}
