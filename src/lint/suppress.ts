import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from './did-you-mean.js';
import type { Finding } from './finding.js';

/** `# studyplan-disable-next-line` or `# studyplan-disable-next-line plan/a, plan/b -- why` */
const DIRECTIVE = /#\s*studyplan-disable-next-line\b([^\n]*)/;

interface Directive {
  /** The line the comment is on (1-based); it applies to the next line. */
  line: number;
  column: number;
  endColumn: number;
  /** The rule ids named; empty = all rules. */
  rules: string[];
}

/** The suppression comments of a plan text. */
export function findDirectives(text: string): Directive[] {
  if (!text.includes('studyplan-disable')) return [];
  const found: Directive[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const names = m[1]!
      .split('--')[0]!
      .split(/[\s,]+/)
      .filter(Boolean);
    found.push({ line: i + 1, column: m.index + 1, endColumn: line.replace(/\r$/, '').length + 1, rules: names });
  });
  return found;
}

/**
 * Drops the diagnostics a `# studyplan-disable-next-line` comment on the line before names (all
 * of them when it names none), and reports comments that name an unknown rule or silence nothing.
 */
export function applySuppressions(diagnostics: Diagnostic[], text: string, knownRules: readonly string[]): { kept: Diagnostic[]; findings: Finding[] } {
  const directives = findDirectives(text);
  if (!directives.length) return { kept: diagnostics, findings: [] };
  const byLine = new Map(directives.map((d) => [d.line + 1, d]));
  const used = new Set<Directive>();
  const kept = diagnostics.filter((d) => {
    const directive = byLine.get(d.line);
    if (!directive || (directive.rules.length && !directive.rules.includes(d.ruleId))) return true;
    used.add(directive);
    return false;
  });
  const findings: Finding[] = [];
  for (const d of directives) {
    const range = { start: { line: d.line, column: d.column }, end: { line: d.line, column: d.endColumn } };
    const unknown = d.rules.filter((r) => !knownRules.includes(r));
    for (const rule of unknown) findings.push({ ruleId: 'lint/unknown-rule', range, params: { rule, suggestion: didYouMean(rule, knownRules) } });
    if (!used.has(d) && !unknown.length) findings.push({ ruleId: 'lint/unused-disable', range, params: { rule: d.rules.join(', ') || undefined } });
  }
  return { kept, findings };
}
