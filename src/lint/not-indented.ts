import type { Finding } from './finding.js';

/**
 * `cost:` left empty with its lines (`amount: 500`, `currency: SEK`) written below it at its own
 * column: to YAML they are keys of the course, so the schema says "cost is empty" and "unknown
 * key amount" twice. It is one mistake, the missing indentation: one finding at the first such
 * line, with the fix that indents the lines under the key. LINES is the plan's text by line.
 */
export function childrenNotIndented(findings: Finding[], lines: readonly string[]): Finding[] {
  const empties = findings.filter((f) => f.ruleId === 'schema/type' && f.params.actual === 'null' && Array.isArray(f.params.children));
  if (!empties.length) return findings;
  const dropped = new Set<Finding>();
  const added: Finding[] = [];
  for (const empty of empties) {
    const keyLine = empty.range.start.line;
    const column = indentOf(lines[keyLine - 1] ?? '');
    const children = new Set(empty.params.children as string[]);
    const unknown = new Map(findings.filter((f) => f.ruleId === 'schema/unknown-key' && f.range.start.column === column + 1 && children.has(String(f.params.key))).map((f) => [f.range.start.line, f]));
    const owned: Finding[] = [];
    let last = keyLine;
    for (let n = keyLine + 1; n <= lines.length; n++) {
      const text = lines[n - 1]!;
      if (!text.trim() || text.trimStart().startsWith('#')) continue;
      const at = unknown.get(n);
      if (indentOf(text) > column) last = n;
      else if (at) {
        owned.push(at);
        last = n;
      } else break;
    }
    if (!owned.length) continue;
    const block = lines.slice(keyLine, last).map((l) => (l.trim() ? `  ${l}` : l));
    dropped.add(empty);
    for (const f of owned) dropped.add(f);
    added.push({
      ruleId: 'yaml/not-indented',
      range: owned[0]!.range,
      params: { key: String(empty.params.key), children: owned.map((f) => String(f.params.key)), course: empty.params.course },
      fix: { range: { start: { line: keyLine + 1, column: 1 }, end: { line: last, column: (lines[last - 1] ?? '').length + 1 } }, text: block.join('\n') },
    });
  }
  return [...findings.filter((f) => !dropped.has(f)), ...added];
}

const indentOf = (line: string): number => {
  const m = /^( *)(- +)*/.exec(line)!;
  return m[0].length;
};
