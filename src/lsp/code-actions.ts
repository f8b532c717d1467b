import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { toTextEdit, type DiagnosticData } from './convert.js';
import type { LspWords } from '../i18n/lsp-words.js';

/** One quick fix per diagnostic that carries its fix (see Diagnostic.fix in the core). */
export function quickFixes(uri: string, diagnostics: readonly LspDiagnostic[], words: LspWords): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = (d.data as DiagnosticData | undefined)?.fix;
    if (d.source !== 'studyplan' || !fix) continue;
    const inserts = fix.range.start.line === fix.range.end.line && fix.range.start.column === fix.range.end.column;
    actions.push({
      title: words.applyFix(fix.text, inserts),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [toTextEdit(fix)] } },
    });
  }
  return actions;
}

const HAS_MODELINE = /^#\s*yaml-language-server:\s*\$schema=/m;

/** Puts `# yaml-language-server: $schema=…` first, so the editor checks the plan against the schema. */
export function modelineAction(uri: string, text: string, schemaPath: string, words: LspWords): CodeAction | undefined {
  if (HAS_MODELINE.test(text.slice(0, 2000))) return undefined;
  return {
    title: words.insertModeline,
    kind: CodeActionKind.Source,
    edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# yaml-language-server: $schema=${schemaPath}\n` }] } },
  };
}
