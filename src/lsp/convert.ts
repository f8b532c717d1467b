import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range as LspRange, type TextEdit } from 'vscode-languageserver/node';
import type { Diagnostic, Fix, Range, Severity } from '../diagnostics/diagnostic.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The rules' reference, shipped in the package: the link behind each finding's rule id. */
const RULES_DOC = new URL('../../docs/lint-rules.md', import.meta.url).href;

/** 1-based line and column (UTF-16 units, as JavaScript strings count) to LSP's 0-based positions. */
export function toLspRange(r: Range): LspRange {
  return {
    start: { line: r.start.line - 1, character: r.start.column - 1 },
    end: { line: r.end.line - 1, character: r.end.column - 1 },
  };
}

export function toTextEdit(fix: Fix): TextEdit {
  return { range: toLspRange(fix.range), newText: fix.text };
}

/** The data a published diagnostic carries back to the server in a code-action request. */
export interface DiagnosticData {
  fix?: Fix;
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const out: LspDiagnostic = {
    range: toLspRange({ start: { line: d.line, column: d.column }, end: { line: d.endLine, column: d.endColumn } }),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    codeDescription: { href: RULES_DOC },
    source: 'studyplan',
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
  };
  if (d.fix) out.data = { fix: d.fix } satisfies DiagnosticData;
  return out;
}

/** The file a `file:` URI names; undefined for other schemes (an unsaved document). */
export function uriToFile(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const file = fileURLToPath(uri);
    return file.includes('\0') ? undefined : file;
  } catch {
    // A file URI with a host (file://server/share on Linux), an encoded slash, a bad escape: no file we can place.
    return undefined;
  }
}
