import { existsSync } from 'node:fs';
import path from 'node:path';
import { isFresh, type CachedPlan } from '../output/build-cache.js';
import { removeOutput } from '../output/out-folders.js';
import { ensureFolderFor, writeFileAtomic } from '../output/write-atomic.js';

/** The cache's name for OUT/NAME.ics: written with the HTML, from the same inputs. */
export const ICS_OUTPUT = 'ics';
export const JSON_OUTPUT = 'json';

export const icsFileName = (name: string): string => `${name}.ics`;
/** One course's calendar: OUT/NAME.calendars/ID.ics (no other plan's file can have that name: none ends in .calendars). */
export const courseIcsFile = (name: string, anchor: string): string => `${name}.calendars/${anchor}.ics`;
const COURSE_ICS = `${ICS_OUTPUT}:`;

export { isCourseCalendarFile } from '../output/output-names.js';
export const jsonFileName = (name: string): string => `${name}.json`;

/**
 * Writes (atomically) or removes one published output of a plan and records it in the plan's
 * cache entry: a plan that lost all its dates loses its OUT/NAME.ics too, so no stale calendar stays.
 */
export async function writeOrRemove(out: string, entry: CachedPlan, format: string, file: string, key: string, text: string | undefined): Promise<string | undefined> {
  const target = path.join(out, file);
  if (text === undefined) {
    const old = entry.outputs[format];
    if (old) await removeOutput(out, path.join(out, old.file));
    delete entry.outputs[format];
    return undefined;
  }
  await writeFileAtomic(target, text);
  entry.outputs[format] = { key, file };
  return target;
}

/**
 * Writes each course's calendar and records it as output `ics:ID`; a course's calendar that is
 * no longer made (the course lost its dates or is gone) is removed, and the folder with it when empty.
 */
export async function writeCourseCalendars(out: string, entry: CachedPlan, files: Map<string, string>, key: string): Promise<string[]> {
  const written: string[] = [];
  const wanted = new Set<string>();
  for (const [file, text] of files) {
    const target = path.join(out, file);
    // Its folder is made and written through no link (output/out-folders.ts): a folder swapped for a link is refused.
    await ensureFolderFor(target);
    await writeFileAtomic(target, text);
    const format = `${COURSE_ICS}${path.posix.basename(file, '.ics')}`;
    entry.outputs[format] = { key, file };
    wanted.add(format);
    written.push(target);
  }
  for (const [format, o] of Object.entries(entry.outputs)) {
    if (!format.startsWith(COURSE_ICS) || wanted.has(format) || !o) continue;
    await removeOutput(out, path.join(out, o.file));
    await removeOutput(out, path.dirname(path.join(out, o.file)), 'folder');
    delete entry.outputs[format];
  }
  return written;
}

/** Whether the calendars a cached plan had (its .ics and its courses') are all there and built from KEY. */
export function calendarsFresh(entry: CachedPlan, key: string, out: string): boolean {
  return Object.keys(entry.outputs)
    .filter((f) => f === ICS_OUTPUT || f.startsWith(COURSE_ICS))
    .every((f) => isFresh(entry, f, key, out));
}

/** Removes a deleted plan's folder of course calendars once its files are gone. */
export async function removeEmptyCalendarFolder(out: string, name: string): Promise<void> {
  const dir = path.join(out, `${name}.calendars`);
  if (existsSync(dir)) await removeOutput(out, dir, 'folder');
}
