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
  /** What was wrong, for the notice (one line). */
  problem?: string;
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
  const fail = (problem: string): CacheCheck => ({ ok: false, problem });
  if (!isRecord(data) || !onlyKeys(data, ['format', 'tool', 'plans', 'index'])) return fail('it is not a build cache');
  if (typeof data['format'] !== 'number' || !isString(data['tool'])) return fail('format or tool is missing');
  if (data['index'] !== undefined && !isString(data['index'])) return fail('index is not a key');
  if (!isRecord(data['plans'])) return fail('plans is not an object');
  for (const [name, entry] of Object.entries(data['plans'])) {
    const problem = planProblem(name, entry, out);
    if (problem) return fail(`plan ${JSON.stringify(name.slice(0, 60))}: ${problem}`);
  }
  return { ok: true };
}

/** Whether OBJ has no key but KEYS (a spread of it must not bring in a field studyplan did not write). */
const onlyKeys = (obj: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(obj).every((k) => keys.includes(k));

function planProblem(name: string, entry: unknown, out: string): string | undefined {
  if (!isSafePlanName(name)) return 'not a plan name';
  if (!isRecord(entry) || !onlyKeys(entry, ['file', 'outputs', 'index', 'images'])) return 'not a plan entry';
  // Image paths are only hashed (build-cache.ts reads regular files, capped), never written or removed.
  const images = entry['images'];
  if (images !== undefined && (!Array.isArray(images) || images.length > MAX_CACHED_IMAGES || !images.every((i) => isString(i) && i.length <= 4096 && !i.includes('\0'))))
    return 'images is not a list of paths';
  if (!isString(entry['file']) || !path.isAbsolute(entry['file']) || entry['file'].includes('\0')) return 'file is not an absolute path';
  if (!isRecord(entry['outputs'])) return 'outputs is not an object';
  for (const [format, o] of Object.entries(entry['outputs'])) {
    const expected = PLAN_OUTPUTS[format]?.(name) ?? courseCalendarFile(name, format);
    if (!expected) return `unknown output ${JSON.stringify(format.slice(0, 20))}`;
    if (!isRecord(o) || !onlyKeys(o, ['key', 'file']) || !isString(o['key']) || o['file'] !== expected || !insideOut(out, expected)) return `output ${format} is not ${expected}`;
  }
  const index = entry['index'];
  if (index === undefined) return undefined;
  if (!isRecord(index) || !onlyKeys(index, ['title', 'organisation', 'period', 'html', 'mark', 'notice', 'name'])) return 'index is not an index entry';
  for (const k of ['title', 'organisation', 'period']) if (!isString(index[k])) return `index.${k} is not text`;
  if (index['mark'] !== undefined && !isString(index['mark'])) return 'index.mark is not text';
  if (index['notice'] !== undefined && !isString(index['notice'])) return 'index.notice is not text';
  if (index['name'] !== undefined && index['name'] !== name) return "index.name is not the plan's name";
  const html = PLAN_OUTPUTS['html']?.(name) ?? '';
  if (index['html'] !== outputLink(html)) return `index.html is not a link to ${html}`;
  return undefined;
}
