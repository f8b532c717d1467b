import path from 'node:path';
import { courseCalendarFile, isCourseCalendarFile, isSafePlanName, outputLink, PLAN_OUTPUTS } from './output-names.js';

/**
 * The build cache (OUT/.studyplan-cache.json) is input like any other: anyone who can write to
 * OUT (a CI artefact, a pull request that commits out/) can craft it, and a build removes the
 * files it lists. So a cache is obeyed only when every field is what studyplan itself writes:
 * a plan name that is a safe file name, outputs of known formats named exactly NAME.html,
 * NAME.pdf, NAME.booklet.pdf (so inside OUT by construction, and checked to resolve there), index
 * links that are those names. Anything else is a schema failure: the whole cache is ignored.
 */
export interface CacheCheck {
  ok: boolean;
  /** What was wrong, for the notice: values the command layer words (errors['build/cache-ignored']). */
  problem?: CacheProblem;
}

/**
 * A field of the cache that is not what studyplan writes: PLAN's entry (when it is in one), the
 * FIELD (`outputs.html`, `index.title`; '' for the entry or the file as a whole), what it should
 * be (WANT) and, for a name or a link, the one EXPECTED.
 */
export interface CacheProblem {
  plan?: string;
  field: string;
  want: 'cache' | 'number' | 'text' | 'object' | 'plan-name' | 'plan-entry' | 'paths' | 'absolute-path' | 'known-output' | 'output-file' | 'index-entry' | 'own-name' | 'link';
  expected?: string;
}

/** More images than a plan can print (plan/limits.ts: 500 items) are no cache studyplan wrote. */
const MAX_CACHED_IMAGES = 1000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Whether REL (a path the cache names) resolves to a file directly inside OUT. */
export function insideOut(out: string, rel: string): boolean {
  if (rel.includes('\0') || path.isAbsolute(rel)) return false;
  const full = path.resolve(out, rel);
  if (path.dirname(full) === path.resolve(out) && path.basename(full) === rel) return true;
  // The one nested output, a course's calendar: OUT/NAME.calendars/ID.ics, and nowhere else.
  const [dir = '', base = ''] = rel.split('/');
  return isCourseCalendarFile(rel) && path.dirname(full) === path.resolve(out, dir) && path.dirname(path.dirname(full)) === path.resolve(out) && path.basename(full) === base;
}

export function checkCacheShape(data: unknown, out: string): CacheCheck {
  const fail = (field: string, want: CacheProblem['want']): CacheCheck => ({ ok: false, problem: { field, want } });
  if (!isRecord(data) || !onlyKeys(data, ['format', 'tool', 'plans', 'index', 'shared'])) return fail('', 'cache');
  if (typeof data['format'] !== 'number') return fail('format', 'number');
  if (!isString(data['tool'])) return fail('tool', 'text');
  if (data['index'] !== undefined && !isString(data['index'])) return fail('index', 'text');
  if (data['shared'] !== undefined && !isString(data['shared'])) return fail('shared', 'text');
  if (!isRecord(data['plans'])) return fail('plans', 'object');
  for (const [name, entry] of Object.entries(data['plans'])) {
    const problem = planProblem(name, entry, out);
    if (problem) return { ok: false, problem: { plan: name.slice(0, 60), ...problem } };
  }
  return { ok: true };
}

/** Whether OBJ has no key but KEYS (a spread of it must not bring in a field studyplan did not write). */
const onlyKeys = (obj: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(obj).every((k) => keys.includes(k));

type PlanProblem = Omit<CacheProblem, 'plan'>;

function planProblem(name: string, entry: unknown, out: string): PlanProblem | undefined {
  if (!isSafePlanName(name)) return { field: '', want: 'plan-name' };
  if (!isRecord(entry) || !onlyKeys(entry, ['file', 'outputs', 'index', 'images'])) return { field: '', want: 'plan-entry' };
  // Image paths are only hashed (build-cache.ts reads regular files, capped), never written or removed.
  const images = entry['images'];
  if (images !== undefined && (!Array.isArray(images) || images.length > MAX_CACHED_IMAGES || !images.every((i) => isString(i) && i.length <= 4096 && !i.includes('\0'))))
    return { field: 'images', want: 'paths' };
  if (!isString(entry['file']) || !path.isAbsolute(entry['file']) || entry['file'].includes('\0')) return { field: 'file', want: 'absolute-path' };
  if (!isRecord(entry['outputs'])) return { field: 'outputs', want: 'object' };
  for (const [format, o] of Object.entries(entry['outputs'])) {
    const expected = PLAN_OUTPUTS[format]?.(name) ?? courseCalendarFile(name, format);
    if (!expected) return { field: format.slice(0, 20), want: 'known-output' };
    if (!isRecord(o) || !onlyKeys(o, ['key', 'file']) || !isString(o['key']) || o['file'] !== expected || !insideOut(out, expected)) return { field: format, want: 'output-file', expected };
  }
  return indexProblem(name, entry['index']);
}

/** A plan entry's index entry (its line on the index page), when it has one. */
function indexProblem(name: string, index: unknown): PlanProblem | undefined {
  if (index === undefined) return undefined;
  if (!isRecord(index) || !onlyKeys(index, ['title', 'organisation', 'period', 'html', 'mark', 'notice', 'name'])) return { field: 'index', want: 'index-entry' };
  for (const k of ['title', 'organisation', 'period']) if (!isString(index[k])) return { field: `index.${k}`, want: 'text' };
  for (const k of ['mark', 'notice']) if (index[k] !== undefined && !isString(index[k])) return { field: `index.${k}`, want: 'text' };
  if (index['name'] !== undefined && index['name'] !== name) return { field: 'index.name', want: 'own-name' };
  const html = PLAN_OUTPUTS['html']?.(name) ?? '';
  if (index['html'] !== outputLink(html)) return { field: 'index.html', want: 'link', expected: html };
  return undefined;
}
