import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import { RunError } from '../errors/run-error.js';
import { PRECOMPILED } from './templates.generated.js';
import { registerHelpers } from './helpers/index.js';
import type { LoadedTemplate, TemplateSource } from './template-loader.js';

export type RenderFn = (view: object) => string;

export interface TemplateRenderer {
  page: RenderFn;
  index?: RenderFn;
}

/**
 * Strict: a field the view does not have is an error (with its line), not an empty string.
 * scripts/precompile-templates.mjs compiles the built-in templates with the same options.
 */
export const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true } as const;

const cache = new WeakMap<LoadedTemplate, TemplateRenderer>();

/** One Handlebars environment per template, so helpers and partials of two templates never mix. */
export function templateRenderer(template: LoadedTemplate): TemplateRenderer {
  const cached = cache.get(template);
  if (cached) return cached;
  const hb = Handlebars.create();
  registerHelpers(hb);
  // A template's {{log}} wrote to the terminal (a template could fake the build's output): it
  // renders nothing and says nothing.
  hb.registerHelper('log', () => '');
  for (const [name, partial] of template.partials) hb.registerPartial(name, compile(hb, partial) as unknown as Handlebars.Template);
  const renderer: TemplateRenderer = { page: compile(hb, template.layout) };
  if (template.index) renderer.index = compile(hb, template.index);
  cache.set(template, renderer);
  return renderer;
}

/**
 * A file of the built-in templates as it was precompiled (the same text, by its hash), else
 * parsed now (so a syntax error names its line before anything renders) and compiled; runtime
 * errors are tagged with the file either way.
 */
function compile(hb: typeof Handlebars, t: TemplateSource): RenderFn {
  const fn = precompiled(hb, t.source) ?? parseAndCompile(hb, t);
  const wrapped = (context: object, options?: Handlebars.RuntimeOptions): string => {
    try {
      return fn(context, options);
    } catch (e) {
      throw templateError(e, t.file, () => unknownCall(hb, t.source, e));
    }
  };
  return wrapped as RenderFn;
}

function precompiled(hb: typeof Handlebars, source: string): Handlebars.TemplateDelegate | undefined {
  const spec = PRECOMPILED[createHash('sha256').update(source).digest('hex')];
  if (!spec) return undefined;
  try {
    return hb.template(spec as Parameters<typeof Handlebars.template>[0]);
  } catch {
    return undefined; // compiled by another version of Handlebars
  }
}

function parseAndCompile(hb: typeof Handlebars, t: TemplateSource): Handlebars.TemplateDelegate {
  try {
    hb.parse(t.source);
  } catch (e) {
    throw templateError(e, t.file);
  }
  return hb.compile(t.source, COMPILE_OPTIONS);
}

/** "templates/x/partials/course.hbs:4:6: "titel" is not defined": the innermost file wins. */
function templateError(e: unknown, file: string, callAt?: () => Call | undefined): RunError {
  if (e instanceof RunError) return e;
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  let line = err.lineNumber;
  const column = err.column;
  // Handlebars gives no place for a call it could not make (`{{x.nohelper 1}}`: "Cannot use 'in'
  // operator..."): the first call of the template to no helper it has is named instead.
  const call = line === undefined && !/Parse error/.test(message) ? callAt?.() : undefined;
  if (call) {
    return new RunError('template/unknown-helper', { where: `${file}:${call.line}:${call.column + 1}`, name: call.name });
  }
  const parse = /Parse error on line (\d+)/.exec(message);
  if (parse) line = Number(parse[1]);
  const missing = /^"([^"]+)" not defined in/.exec(message);
  const where = line !== undefined ? `${file}:${line}${column !== undefined ? `:${column + 1}` : ''}` : file;
  if (missing) {
    return new RunError('template/unknown-field', { where, field: missing[1] });
  }
  // Handlebars' own detail (and, for a syntax error, its excerpt of the line with a caret) is shown as it came.
  const first = message.split('\n').filter((l) => l.trim() !== '' && !/^Parse error on line/.test(l))[0] ?? message;
  const excerpt = parse ? message.split('\n').slice(1, 3).join(' ').trim() : undefined;
  return new RunError('template/error', { where, detail: first.replace(/ - \d+:\d+$/, ''), syntax: parse ? 'yes' : undefined, hint: excerpt || undefined });
}

type Call = { name: string; line: number; column: number };
type HbNode = { type?: string; path?: { type?: string; original?: string; parts?: string[] }; params?: unknown[]; hash?: unknown; loc?: { start: { line: number; column: number } } };

/**
 * The first call (`{{name arg}}`, `{{#name}}`, `(name arg)`) in SOURCE to a name that is no helper
 * of HB, preferring one whose last part the error message quotes.
 */
function unknownCall(hb: typeof Handlebars, source: string, e: unknown): Call | undefined {
  const quoted = /'([^']+)'/.exec(String((e as Error)?.message ?? ''))?.[1];
  const calls: Call[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as HbNode;
    const isCall = (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && ((n.params?.length ?? 0) > 0 || n.hash !== undefined || n.type === 'SubExpression');
    const name = n.path?.type === 'PathExpression' ? n.path.original : undefined;
    if (isCall && name !== undefined && n.loc && !(name in hb.helpers)) calls.push({ name, line: n.loc.start.line, column: n.loc.start.column });
    for (const value of Object.values(n)) if (value !== n.loc && value !== n.path) walk(value);
  };
  walk(hb.parse(source));
  return calls.find((c) => quoted !== undefined && (c.name === quoted || c.name.endsWith(`.${quoted}`))) ?? calls[0];
}
