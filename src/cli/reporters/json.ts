import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { printableJson } from '../../diagnostics/printable.js';
import type { Reporter } from './types.js';

/**
 * `--format json`: one array of every diagnostic of every file, in the reports' order, with the
 * fields of a Diagnostic in a fixed order (hint and fix only when there is one), so scripts and diffs
 * see a stable shape.
 */
export const json: Reporter = (reports) => {
  const all: Diagnostic[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const out: Diagnostic = {
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        ruleId: d.ruleId,
        message: d.message,
      };
      if (d.hint !== undefined) out.hint = d.hint;
      if (d.fix !== undefined) out.fix = d.fix;
      all.push(out);
    }
  }
  return `${printableJson(JSON.stringify(all, null, 2))}\n`;
};
