import type { Fix, Range } from '../../diagnostics/diagnostic.js';
import { planSchema, type SchemaNode } from '../schema/validator.js';
import type { Rule, RuleContext } from './types.js';

/**
 * Two mistakes that YAML reads without complaint and that lose text silently: a key indented into
 * the block text above it (`audience: …` swallowed into a `>-` description), and a plain value cut
 * at ` #` (`venue: ABF-huset #sal 3` drops "#sal 3" as a comment). Both are cheap text scans: a
 * plan without `|`/`>` block texts or ` #` is passed over by two indexOf calls.
 */

const BLOCK_HEADER = /^( *)((?:- +)*)([A-Za-z_][\w-]*):[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;
const KEY_LINE = /^( *)([A-Za-z_][\w-]*):(?:[ \t]|$)/;

export const keyInBlockText: Rule = {
  id: 'yaml/key-in-block-text',
  severity: 'warning',
  check(ctx) {
    if (!ctx.text.includes('|') && !ctx.text.includes('>')) return;
    const lines = ctx.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!;
      // A block text's header has a | or >: most lines have neither, and skip the pattern.
      if (!text.includes('|') && !text.includes('>')) continue;
      const header = BLOCK_HEADER.exec(text.replace(/\r$/, ''));
      if (!header) continue;
      const column = header[1]!.length + header[2]!.length;
      const block = header[3]!;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const line = lines[j]!.replace(/\r$/, '');
        if (line.trim() === '') continue;
        const indent = line.length - line.trimStart().length;
        if (indent <= column) break;
        const key = indent === column + 2 ? KEY_LINE.exec(line)?.[2] : undefined;
        if (key && key !== block && siblingsOf(block).has(key)) report(ctx, j, column, key, block);
      }
      i = j - 1;
    }
  },
};

function report(ctx: RuleContext, line: number, column: number, key: string, block: string): void {
  const at = (c: number) => ({ line: line + 1, column: c + 1 });
  const range: Range = { start: at(column + 2), end: at(column + 2 + key.length) };
  // Two spaces less: the key then stands beside the text's own key, in the same mapping.
  const fix: Fix = { range: { start: at(column), end: at(column + 2) }, text: '' };
  ctx.reportAt(range, { key, block }, fix);
}

let siblings: Map<string, Set<string>> | undefined;
/** Every key that stands beside KEY in some mapping of the plan schema. */
function siblingsOf(key: string): Set<string> {
  siblings ??= schemaSiblings(planSchema().root);
  return siblings.get(key) ?? new Set();
}

function schemaSiblings(root: SchemaNode): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const props = (node as SchemaNode)['properties'];
    if (props && typeof props === 'object') {
      const names = Object.keys(props);
      for (const n of names) {
        const set = out.get(n) ?? new Set<string>();
        for (const m of names) set.add(m);
        out.set(n, set);
      }
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(root);
  return out;
}

const CUT_VALUE = /^( *(?:- +)*)(?:([A-Za-z_][\w-]*):[ \t]+)?([^\s"'|>[{&*!#%@`][^#\n]*?)[ \t]+(#\S.*?)[ \t]*$/;

export const commentInValue: Rule = {
  id: 'yaml/comment-in-value',
  severity: 'warning',
  check(ctx) {
    if (!ctx.text.includes(' #')) return;
    const lines = ctx.text.split('\n');
    let blockColumn = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.replace(/\r$/, '');
      const indent = line.length - line.trimStart().length;
      // Inside a block text a # is text, not a comment.
      if (blockColumn >= 0 && (line.trim() === '' || indent > blockColumn)) continue;
      blockColumn = -1;
      const header = BLOCK_HEADER.exec(line);
      if (header) {
        blockColumn = header[1]!.length + header[2]!.length;
        continue;
      }
      if (!line.includes(' #')) continue;
      const m = CUT_VALUE.exec(line);
      // A key and its value, or a list item of text; the first word after # not spaced off: `#sal 3`, `#3`.
      if (!m || (!m[2] && !m[1]!.includes('-'))) continue;
      const value = m[3]!;
      const cut = m[4]!;
      const valueAt = line.indexOf(value, m[1]!.length + (m[2] ? m[2].length + 1 : 0));
      const hashAt = line.indexOf(cut, valueAt + value.length);
      const whole = line.slice(valueAt, hashAt + cut.length);
      const pos = (c: number) => ({ line: i + 1, column: c + 1 });
      ctx.reportAt(
        { start: pos(hashAt), end: pos(hashAt + cut.length) },
        { key: m[2] ?? '', value, cut, quoted: quote(whole) },
        { range: { start: pos(valueAt), end: pos(hashAt + cut.length) }, text: quote(whole) },
      );
    }
  },
};

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
