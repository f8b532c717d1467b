/* eslint-disable max-lines -- ajv's errors turned into findings: the walk, the wording of each keyword and the oneOf branch choice share the schema-resolving helpers at the end */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Range } from '../../diagnostics/diagnostic.js';
import { pointerToPath, type PathSegment, type SourceMap } from '../../plan/source-map.js';
import { didYouMean } from '../did-you-mean.js';
import type { Finding } from '../finding.js';
import type { PlanSchema, SchemaNode } from './validator.js';

/**
 * Turns ajv's errors into one readable finding per problem, each at its place in the YAML:
 * an unknown key at the key, a missing property at the mapping that lacks it, a wrong value at
 * the value. A `oneOf` (section kinds, period forms, audience) makes ajv report every branch's
 * complaints; here the branch the editor most likely meant is chosen and only its errors are told.
 */
export function explainSchemaErrors(data: unknown, schema: PlanSchema, map: SourceMap): Finding[] {
  const errors = schema.validate(data);
  if (!errors.length) return [];
  const problems = withoutMisspeltRequired(explain(data, errors, [], schema));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const p of problems) {
    const range = rangeOf(map, p);
    const key = `${p.ruleId} ${range.start.line}:${range.start.column} ${JSON.stringify(p.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ ruleId: p.ruleId, range, params: { ...p.params, ...containerOf(data, p.path) } });
  }
  return findings;
}

/** The course PATH is in, else the section: named by its title, as a secretary would name it. */
function containerOf(data: unknown, path: readonly PathSegment[]): { course?: string; section?: string } {
  const course = titleAt(data, path, 'courses');
  if (course) return { course };
  const section = titleAt(data, path, 'sections');
  return section ? { section } : {};
}

/**
 * The title of the course (or section) PATH is in (`sections/0/courses/3/...`), so that a message can say "in
 * the course Retorik" as a secretary would, not "in `courses`"; its id when it has no title.
 */
function titleAt(data: unknown, path: readonly PathSegment[], list: 'courses' | 'sections'): string | undefined {
  const at = path.lastIndexOf(list);
  if (at === -1 || (typeof path[at + 1] !== 'number' && !/^\d+$/.test(String(path[at + 1] ?? '')))) return undefined;
  const course = valueAt(data, path.slice(0, at + 2));
  if (course === null || typeof course !== 'object') return undefined;
  const { title, id } = course as { title?: unknown; id?: unknown };
  return typeof title === 'string' && title.trim() ? title : typeof id === 'string' && list === 'courses' ? id : undefined;
}

interface Problem {
  ruleId: string;
  path: PathSegment[];
  /** `key`: the key of the pair at path (a missing property, an unknown key); `value`: the value. */
  part: 'key' | 'value';
  params: Finding['params'];
}

/**
 * A misspelt required key (`titel` for `title`) is one problem: the unknown key, whose
 * did-you-mean names the missing key, says it all; "`title` is missing" at the mapping's line is
 * dropped. A missing key that no unknown key of its mapping resembles is still told.
 */
function withoutMisspeltRequired(problems: Problem[]): Problem[] {
  const meant = new Set<string>();
  for (const p of problems) {
    if (p.ruleId === 'schema/unknown-key' && typeof p.params.suggestion === 'string') meant.add(JSON.stringify([...p.path.slice(0, -1), p.params.suggestion]));
  }
  if (!meant.size) return problems;
  return problems.filter((p) => p.ruleId !== 'schema/required' || !meant.has(JSON.stringify([...p.path, String(p.params.key)])));
}

function rangeOf(map: SourceMap, p: Problem): Range {
  return map.rangeOf(p.path, p.part);
}

function explain(data: unknown, errors: ErrorObject[], base: PathSegment[], schema: PlanSchema): Problem[] {
  const problems: Problem[] = [];
  // Outermost oneOf first: everything beneath it is re-explained from the chosen branch.
  const choices = errors.filter((e) => e.keyword === 'oneOf').sort((a, b) => a.instancePath.length - b.instancePath.length);
  // Pointer -> the oneOf's schema; looked up through a pointer's ancestors, so that thousands of
  // list items with a oneOf each stay linear (a scan per error took 40 s for 4 000 bad sections).
  const regions = new Map<string, unknown>();
  const regionsAbove = (pointer: string): unknown[] => {
    const found: unknown[] = [];
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      if (regions.has(p)) found.push(regions.get(p));
      if (p === '') return found;
    }
  };
  for (const e of choices) {
    if (regionsAbove(e.instancePath).length) continue;
    regions.set(e.instancePath, e.parentSchema);
    const path = pointerToPath(e.instancePath);
    for (const p of explainOneOf(e, valueAt(data, path), [...base, ...path], schema)) problems.push(p);
  }
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if' || e.keyword === 'anyOf') continue;
    // A sibling keyword of the oneOf (same schema object) is not a branch's complaint.
    if (regionsAbove(e.instancePath).some((parent) => e.parentSchema !== parent)) continue;
    const p = describe(e, base);
    if (p) problems.push(p);
  }
  return problems;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

function lastName(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!;
    if (!/^\d+$/.test(String(seg))) return String(seg);
  }
  return undefined;
}

/** The key the value sits under: `delivery`, or for a list item `dates` (the list's key). */
function field(path: readonly PathSegment[]): string {
  return lastName(path) ?? '';
}

function describe(e: ErrorObject, base: PathSegment[]): Problem | undefined {
  const path = [...base, ...pointerToPath(e.instancePath)];
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const key = field(path);
  const value = shown(e.data);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent.properties as SchemaNode | undefined) ?? {});
      return { ruleId: 'schema/unknown-key', path: [...path, extra], part: 'key', params: { key: extra, where: key, allowed, suggestion: didYouMean(extra, allowed) } };
    }
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      return { ruleId: 'schema/required', path, part: 'key', params: { key: missing, where: key } };
    }
    case 'type': {
      const t = (e.params as { type: string | string[] }).type;
      // An empty key that wants key: value lines: the keys it may have, for lines written under it but not indented (not-indented.ts).
      const children = e.data === null && parent.properties ? Object.keys(parent.properties as SchemaNode) : undefined;
      return { ruleId: 'schema/type', path, part: 'value', params: { key, expected: Array.isArray(t) ? t : [t], actual: typeName(e.data), value, children } };
    }
    case 'enum':
    case 'const': {
      const allowed = (e.keyword === 'enum' ? (e.params as { allowedValues: unknown[] }).allowedValues : [(e.params as { allowedValue: unknown }).allowedValue]).map(String);
      return { ruleId: 'schema/enum', path, part: 'value', params: { key, value, allowed, suggestion: typeof e.data === 'string' ? didYouMean(e.data, allowed) : undefined } };
    }
    case 'format': {
      const format = String((e.params as { format: string }).format);
      return { ruleId: 'schema/format', path, part: 'value', params: { key, value, format, reason: format === 'date' ? dateReason(e.data) : undefined } };
    }
    case 'pattern': {
      const pattern = String((e.params as { pattern: string }).pattern);
      return { ruleId: 'schema/pattern', path, part: 'value', params: { key, value, form: patternForm(pattern), pattern } };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      return { ruleId: 'schema/range', path, part: 'value', params: { key, value, comparison, limit } };
    }
    case 'minItems':
      return { ruleId: 'schema/min-items', path, part: 'value', params: { key, limit: (e.params as { limit: number }).limit } };
    default:
      return { ruleId: 'schema/invalid', path, part: 'value', params: { key, value, detail: e.message ?? e.keyword } };
  }
}

function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}...` : v;
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') return Array.isArray(v) ? '[...]' : '{...}';
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Why a `format: date` string is not a date: the wrong form, or a day that does not exist. */
function dateReason(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'form';
  return 'no-such-day';
}

/** The schema's patterns, named so messages can say what form is wanted. */
function patternForm(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9][a-z0-9-]*')) return 'id';
  if (pattern.includes('[01][0-9]|2[0-3]')) return 'time';
  if (pattern.startsWith('^(https?://')) return 'url';
  if (pattern.startsWith('^[+0-9]')) return 'phone';
  if (pattern === '^[A-Z]{3}$') return 'currency';
  if (pattern.includes('(0[1-9]|1[0-2])')) return 'month';
  if (pattern.includes('{4}/[0-9]{2}')) return 'season';
  return 'other';
}

// --- oneOf ---------------------------------------------------------------------------------

/** A oneOf branch: resolved past its `$ref`, and the pointer its precompiled validator is found by. */
interface Branch {
  node: SchemaNode;
  pointer: string | undefined;
}

function explainOneOf(e: ErrorObject, data: unknown, path: PathSegment[], schema: PlanSchema): Problem[] {
  const parent = e.parentSchema as SchemaNode;
  const branches: Branch[] = ((parent.oneOf as SchemaNode[] | undefined) ?? []).map((b) => ({ node: resolve(schema.root, b), pointer: pointerOf(schema.root, b) }));
  const key = field(path);
  const passing = (e.params as { passingSchemas?: number[] | null }).passingSchemas;
  if (passing && passing.length > 1) return [{ ruleId: 'schema/one-of', path, part: 'value', params: { key, reason: 'ambiguous' } }];

  // A discriminator (a `const` property such as a section's `kind`) names the branch outright.
  const isMap = data !== null && typeof data === 'object' && !Array.isArray(data);
  const discriminator = isMap ? constProperty(branches.map((b) => b.node)) : undefined;
  if (discriminator) return explainByDiscriminator(discriminator, branches, data as Record<string, unknown>, path, schema);

  // The branches whose type fits; when none does, the value has the wrong type for all forms.
  const actual = typeName(data);
  const fitting = branches.filter((b) => typeFits(b.node.type, actual));
  if (!fitting.length) {
    // A branch of one constant (a heading's `false`) is that constant, not its whole type ("text or false", not "text or true or false").
    const expected = [...new Set(branches.flatMap((b) => ('const' in b.node ? [b.node.const] : Array.isArray(b.node.type) ? b.node.type : b.node.type ? [b.node.type] : [])).map(String))];
    return [{ ruleId: 'schema/type', path, part: 'value', params: { key, expected, actual, value: shown(data) } }];
  }
  const written = isMap ? Object.keys(data as object) : [];
  const best = closestBranch(fitting, written, data, schema);
  if (!best) return [{ ruleId: 'schema/one-of', path, part: 'value', params: { key, reason: 'none' } }];
  if (isMap && best.known === 0 && written.length) {
    // None of the forms knows any key written: say which forms there are instead of one form's errors.
    return [{ ruleId: 'schema/one-of', path, part: 'value', params: { key, reason: 'none', forms: fitting.map(formOf) } }];
  }
  return explain(data, best.errors, path, schema);
}

/** The branch whose `const` DISCRIMINATOR the mapping names, explained; or the discriminator is missing or unknown. */
function explainByDiscriminator(discriminator: string, branches: Branch[], data: Record<string, unknown>, path: PathSegment[], schema: PlanSchema): Problem[] {
  const wanted = data[discriminator];
  const consts = branches.map((b) => String(((b.node.properties as SchemaNode)[discriminator] as SchemaNode).const));
  const index = consts.indexOf(String(wanted));
  if (wanted === undefined) return [{ ruleId: 'schema/required', path, part: 'key', params: { key: discriminator, where: field(path), allowed: consts } }];
  if (index === -1) {
    return [
      {
        ruleId: 'schema/enum',
        path: [...path, discriminator],
        part: 'value',
        params: { key: discriminator, value: shown(wanted), allowed: consts, suggestion: typeof wanted === 'string' ? didYouMean(wanted, consts) : undefined },
      },
    ];
  }
  const chosen = branches[index]!;
  return explain(data, chosen.pointer ? schema.at(chosen.pointer)(data) : [], path, schema);
}

/** The branch that knows most of the keys WRITTEN, then the one with the fewest errors: the form the editor most likely meant. */
function closestBranch(fitting: Branch[], written: string[], data: unknown, schema: PlanSchema): { errors: ErrorObject[]; known: number } | undefined {
  let best: { errors: ErrorObject[]; known: number } | undefined;
  for (const b of fitting) {
    if (!b.pointer) continue;
    const errors = schema.at(b.pointer)(data);
    const props = Object.keys((b.node.properties as SchemaNode | undefined) ?? {});
    const known = written.filter((k) => props.includes(k)).length;
    if (!best || known > best.known || (known === best.known && errors.length < best.errors.length)) best = { errors, known };
  }
  return best;
}

/** A form as its keys ("term+year"), for a message that lists the forms there are. */
function formOf(b: Branch): string {
  return Object.keys((b.node.properties as SchemaNode | undefined) ?? {})
    .filter((k) => k !== 'label')
    .join('+');
}

function typeFits(type: unknown, actual: string): boolean {
  if (type === undefined) return true;
  const types = (Array.isArray(type) ? type : [type]).map(String);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

function constProperty(nodes: SchemaNode[]): string | undefined {
  const first = nodes[0]?.properties as Record<string, SchemaNode> | undefined;
  if (!first) return undefined;
  return Object.keys(first).find((k) => nodes.every((n) => (n.properties as Record<string, SchemaNode> | undefined)?.[k]?.const !== undefined));
}

/** Follows a local `$ref` (`#/$defs/x`) to the schema object it names. */
function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  let n = node;
  for (let i = 0; i < 10 && typeof n.$ref === 'string' && n.$ref.startsWith('#/'); i++) {
    n = (pointerToPath(n.$ref.slice(1)).reduce<unknown>((o, seg) => (o as Record<string, unknown> | undefined)?.[seg], root) as SchemaNode | undefined) ?? {};
  }
  return n;
}

const pointers = new Map<string, string>();
let indexed: SchemaNode | undefined;

/**
 * The JSON Pointer of a schema object within the root (a `$ref`-only branch: its target). The
 * precompiled validators carry copies of the schema's objects, so they are matched by content.
 */
function pointerOf(root: SchemaNode, node: SchemaNode): string | undefined {
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && Object.keys(node).every((k) => k === '$ref' || k === 'description')) return node.$ref.slice(1);
  if (indexed !== root) {
    indexed = root;
    pointers.clear();
    const walk = (n: unknown, at: string): void => {
      if (!n || typeof n !== 'object') return;
      const key = JSON.stringify(n);
      if (!pointers.has(key)) pointers.set(key, at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    };
    walk(root, '');
  }
  return pointers.get(JSON.stringify(node));
}
