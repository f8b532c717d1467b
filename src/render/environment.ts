import Handlebars from 'handlebars';
import { RunError } from '../errors/run-error.js';
import { registerHelpers } from './helpers/index.js';
import type { LoadedTemplate, TemplateSource } from './template-loader.js';

export type RenderFn = (view: object) => string;

export interface TemplateRenderer {
  page: RenderFn;
  index?: RenderFn;
}

/** Strict: a field the view does not have is an error (with its line), not an empty string. */
const COMPILE_OPTIONS = { strict: true, noEscape: false, preventIndent: true } as const;

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

/** Parses now (so a syntax error names its line before anything renders) and tags runtime errors with the file. */
function compile(hb: typeof Handlebars, t: TemplateSource): RenderFn {
  try {
    hb.parse(t.source);
  } catch (e) {
    throw templateError(e, t.file);
  }
  const fn = hb.compile(t.source, COMPILE_OPTIONS);
  const wrapped = (context: object, options?: Handlebars.RuntimeOptions): string => {
    try {
      return fn(context, options);
    } catch (e) {
      throw templateError(e, t.file);
    }
  };
  return wrapped as RenderFn;
}

/** "templates/x/partials/course.hbs:4:6: "titel" is not defined": the innermost file wins. */
function templateError(e: unknown, file: string): RunError {
  if (e instanceof RunError) return e;
  const err = e as { message?: string; lineNumber?: number; column?: number };
  const message = String(err.message ?? e);
  let line = err.lineNumber;
  const column = err.column;
  const parse = /Parse error on line (\d+)/.exec(message);
  if (parse) line = Number(parse[1]);
  const missing = /^"([^"]+)" not defined in/.exec(message);
  const where = line !== undefined ? `${file}:${line}${column !== undefined ? `:${column + 1}` : ''}` : file;
  if (missing) {
    return new RunError(`${where}: "${missing[1]}" is not defined in the template's data`, 'Check the spelling of the field; docs/build.md lists what templates receive.', 'template/unknown-field');
  }
  const first = message.split('\n').filter((l) => l.trim() !== '' && !/^Parse error on line/.test(l))[0] ?? message;
  return new RunError(`${where}: ${parse ? 'syntax error: ' : ''}${first.replace(/ - \d+:\d+$/, '')}`, parse ? message.split('\n').slice(1, 3).join(' ').trim() : undefined, 'template/error');
}
