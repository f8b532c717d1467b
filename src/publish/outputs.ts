import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CachedPlan } from '../output/build-cache.js';
import { writeFileAtomic } from '../output/write-atomic.js';

/** The cache's name for OUT/NAME.ics: written with the HTML, from the same inputs. */
export const ICS_OUTPUT = 'ics';
export const JSON_OUTPUT = 'json';

export const icsFileName = (name: string): string => `${name}.ics`;
export const jsonFileName = (name: string): string => `${name}.json`;

/**
 * Writes (atomically) or removes one published output of a plan and records it in the plan's
 * cache entry: a plan that lost all its dates loses its OUT/NAME.ics too, so no stale calendar stays.
 */
export async function writeOrRemove(out: string, entry: CachedPlan, format: string, file: string, key: string, text: string | undefined): Promise<string | undefined> {
  const target = path.join(out, file);
  if (text === undefined) {
    const old = entry.outputs[format];
    if (old) await rm(path.join(out, old.file), { force: true });
    delete entry.outputs[format];
    return undefined;
  }
  await writeFileAtomic(target, text);
  entry.outputs[format] = { key, file };
  return target;
}
