import { existsSync } from 'node:fs';
import path from 'node:path';
import { MAX_CACHE_BYTES } from '../files/limits.js';
import { readInput } from '../files/safe-read.js';
import { isCurrent, type CachedIndexEntry, type CachedPlan } from '../output/build-cache.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { VERSION } from '../version.js';
import { outputLink } from '../output/output-names.js';
import { ICS_OUTPUT, JSON_OUTPUT } from './outputs.js';

/** The index page's links to a plan's calendar and open data, for those that exist. */
export function publishedLinks(c: CachedPlan, out: string): { ics?: string; json?: string } {
  const links: { ics?: string; json?: string } = {};
  for (const f of [ICS_OUTPUT, JSON_OUTPUT] as const) {
    const o = c.outputs[f];
    if (o && existsSync(path.join(out, o.file))) links[f] = outputLink(o.file);
  }
  return links;
}

/** OUT/index.json: every plan listed on the index page, with the files it has in OUT (the courses' calendars are linked from its page). */
export async function writeIndexJson(out: string, listed: CachedPlan[]): Promise<void> {
  const plans = listed.map((c) => {
    const index = c.index as CachedIndexEntry;
    const files = Object.fromEntries(
      Object.entries(c.outputs)
        .filter(([format, o]) => !format.includes(':') && isCurrent(o) && existsSync(path.join(out, o!.file)))
        .map(([format, o]) => [format, outputLink(o!.file)])
        .sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
    return { name: index.name ?? path.basename(index.html, '.html'), title: index.title, organisation: index.organisation, period: index.period, ...(index.mark ? { mark: index.mark } : {}), files };
  });
  const text = `${JSON.stringify({ $schema: 'https://studyplan.dev/schemas/v1/studyplan-index.schema.json', generator: `studyplan ${VERSION}`, plans }, null, 2)}\n`;
  const file = path.join(out, 'index.json');
  // Unchanged, it is left alone: a build with nothing to do writes nothing.
  if ((await readInput(file, { root: out, limit: MAX_CACHE_BYTES }).then(String, () => undefined)) !== text) await writeFileAtomic(file, text);
}

/** Only the given keys of an object, those that are set. */
export function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) picked[k] = o[k];
  return picked;
}
