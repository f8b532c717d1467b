import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { PACKAGE_ROOT } from '../version.js';
import type { Marks } from './marks.js';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
}

let defs: Record<string, SchemaNode> | undefined;
let root: SchemaNode | undefined;

/** The plan schema: its order of keys is the order the YAML is written in. */
function schema(): { root: SchemaNode; defs: Record<string, SchemaNode> } {
  if (!root || !defs) {
    const s = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json'), 'utf8')) as SchemaNode & { $defs: Record<string, SchemaNode> };
    root = s;
    defs = s.$defs;
  }
  return { root, defs };
}

/** The schema node a value of NODE is checked against, through $ref, and for a oneOf the variant that has the value's keys. */
function resolve(node: SchemaNode | undefined, value: unknown): SchemaNode | undefined {
  const { defs } = schema();
  let n = node;
  for (let i = 0; n?.$ref && i < 10; i++) n = defs[n.$ref.replace('#/$defs/', '')];
  if (n?.oneOf && value && typeof value === 'object') {
    const keys = Object.keys(value);
    const kind = (value as { kind?: unknown }).kind;
    const variants = n.oneOf.map((v) => resolve(v, undefined)!);
    return (
      variants.find((v) => (kind !== undefined ? (v.properties?.['kind'] as { const?: unknown } | undefined)?.const === kind : keys.every((k) => v.properties && k in v.properties))) ?? variants[0]
    );
  }
  return n;
}

/** Long text as a block scalar (folded for a paragraph, literal when it has line breaks), short text plain. */
function scalar(value: string): Scalar {
  const s = new Scalar(value);
  // Folded text keeps paragraphs (a blank line between them) and wraps long lines; a line break
  // inside a paragraph (a Markdown list) needs literal text.
  if (/(^|[^\n])\n(?!\n)/.test(value)) s.type = 'BLOCK_LITERAL';
  else if (value.length > 80 || value.includes('\n')) s.type = 'BLOCK_FOLDED';
  return s;
}

function toNode(value: unknown, node: SchemaNode | undefined, marks: Marks): unknown {
  const n = resolve(node, value);
  if (typeof value === 'string') return scalar(value);
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(item, n?.items, marks));
    return seq;
  }
  if (value && typeof value === 'object') {
    const map = new YAMLMap();
    const order = Object.keys(n?.properties ?? {});
    const keys = Object.keys(value).sort((a, b) => (order.indexOf(a) + 1 || 999) - (order.indexOf(b) + 1 || 999));
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      const key = new Scalar(k);
      const comment = marks.get(value, k);
      if (comment) key.commentBefore = ` ${comment}`;
      map.items.push(new Pair(key, toNode(v, n?.properties?.[k], marks)));
    }
    return map;
  }
  return new Scalar(value);
}

/** The modeline's path to the plan schema from the plan's folder: the project's installed studyplan, else this package's. */
export function schemaPath(outFile: string, cwd: string): string {
  const installed = path.join(cwd, 'node_modules', 'studyplan', 'schemas', 'studyplan.schema.json');
  let target = path.join(PACKAGE_ROOT, 'schemas', 'studyplan.schema.json');
  try {
    readFileSync(installed);
    target = installed;
  } catch {
    // Not installed in the project (run with npx): this package's copy.
  }
  return path.relative(path.dirname(outFile), target).split(path.sep).join('/');
}

/**
 * The plan as YAML for people: the schema modeline and a header comment first, keys in the
 * schema's order, long text as block text, and the importer's comments where it put text it
 * could not place.
 */
export function planYaml(plan: object, marks: Marks, header: { schema: string; comment: string }): string {
  const doc = new Document();
  doc.contents = toNode(plan, schema().root, marks) as YAMLMap;
  doc.commentBefore = ` yaml-language-server: $schema=${header.schema}\n ${header.comment}`;
  const text = doc.toString({ lineWidth: 100, minContentWidth: 40, indentSeq: true });
  // A blank line between top-level parts, as a person would write it.
  return text.replace(/(?<!\n)\n(?=[a-z][A-Za-z]*:(?: |\n))/g, '\n\n');
}
