/** Severity of a finding; `off` exists only in configuration, never on a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One problem found in one file. Diagnostics are plain data: the core produces them,
 * and only the command layer decides how to show them.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  /** `area/name`, e.g. `yaml/syntax`, `schema/required`, `plan/unknown-prerequisite`. */
  ruleId: string;
  message: string;
  hint?: string;
  /** The edit that fixes it, when there is exactly one likely fix (an editor's quick fix). */
  fix?: Fix;
  /** The values its message was made from (the loader's: a YAML mistake's kind, key, column), for wording it again. */
  params?: Record<string, string>;
}

/** Replace the text of `range` (1-based, end exclusive) with `text`; an empty range inserts. */
export interface Fix {
  range: Range;
  text: string;
}

export interface Range {
  start: Position;
  end: Position;
}

export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

export function diagnostic(file: string, range: Range, severity: Severity, ruleId: string, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = {
    file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    severity,
    ruleId,
    message,
  };
  if (hint !== undefined) d.hint = hint;
  return d;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then position, then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
