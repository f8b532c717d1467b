import path from 'node:path';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.js';

/** The files a build writes into OUT besides the plans' own (see pipeline/build.ts, output/build-cache.ts). */
export const INDEX_FILE = 'index.html';

/** OUT/NAME.EXT of each output a plan has: the same names in the build, the cache's check and the collision check. */
export const PLAN_OUTPUTS: Readonly<Record<string, (name: string) => string>> = {
  html: (name) => `${name}.html`,
  pdf: (name) => `${name}.pdf`,
  booklet: (name) => `${name}.booklet.pdf`,
  // The plan's calendar and open data (src/publish).
  ics: (name) => `${name}.ics`,
  json: (name) => `${name}.json`,
};

/**
 * The one nested output: a course's calendar, OUT/NAME.calendars/ID.ics, cached as `ics:ID`
 * (src/publish/outputs.ts). Returns its file for that format, or undefined for any other format.
 */
export function courseCalendarFile(name: string, format: string): string | undefined {
  const id = /^ics:([a-z0-9][a-z0-9-]*)$/.exec(format)?.[1];
  return id ? `${name}.calendars/${id}.ics` : undefined;
}

/** Whether FILE has that shape, NAME.calendars/ID.ics. */
export function isCourseCalendarFile(file: string): boolean {
  const [dir, base, ...rest] = file.split('/');
  if (rest.length || !dir || !base || !dir.endsWith('.calendars')) return false;
  return isSafePlanName(dir.slice(0, -'.calendars'.length)) && courseCalendarFile(dir.slice(0, -'.calendars'.length), `ics:${base.replace(/\.ics$/, '')}`) === file;
}

/** A link from the index page to a file in OUT: every character that means something in a URL (#, ?, %) escaped. */
export function outputLink(file: string): string {
  return encodeURIComponent(file);
}

/** C0 and C1 control characters, and the separators a file name may not hold anywhere. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f/\\]/u;
const MAX_NAME_BYTES = 200;

/**
 * Whether NAME (a plan file's name without .yaml) makes safe file names in OUT: not empty, no
 * folder separator, no control character, not `.` or `..`. Other characters are kept (and
 * escaped in links).
 */
export function isSafePlanName(name: string): boolean {
  // No leading dot: `.studyplan-cache.yaml` would write its open data over the build cache (issue 28).
  // At most 200 bytes: NAME.booklet.pdf's temporary file must stay under the 255 bytes of a file name.
  return name.length > 0 && Buffer.byteLength(name) <= MAX_NAME_BYTES && !name.startsWith('.') && !UNSAFE_NAME.test(name);
}

/** The spelling file systems treat as the same name: macOS and Windows ignore case and (macOS) the Unicode form. */
function sameFileKey(file: string): string {
  return file.normalize('NFC').toLowerCase();
}

/**
 * The plans that cannot be built side by side: a plan whose name is not a safe file name, and
 * plans that would write the same file in OUT (a.yaml and a.yml, a.yaml and other/a.yaml,
 * x.yaml's booklet and x.booklet.yaml's PDF, index.yaml and the index page). One error per
 * plan, naming the other one; empty when all can be built.
 */
export function outputCollisions(plans: readonly { file: string; name: string }[], cwd: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  // English here; PARAMS let the pipeline word it in the run's language (src/lint/messages).
  const error = (file: string, message: string, ruleId: string, params: Record<string, string> = {}): Diagnostic => {
    const d = diagnostic(file, FILE_START, 'error', ruleId, message);
    d.params = params;
    return d;
  };
  const owner = new Map<string, { file: string; output: string }>();
  owner.set(sameFileKey(INDEX_FILE), { file: '', output: INDEX_FILE });
  const shown = (f: string) => path.relative(cwd, f) || f;
  for (const plan of plans) {
    if (!isSafePlanName(plan.name)) {
      found.push(
        error(plan.file, `The file name ${JSON.stringify(plan.name)} cannot name an output: no control characters or folder separators, no dot first, at most 200 bytes.`, 'build/plan-name', {
          name: JSON.stringify(plan.name),
        }),
      );
      continue;
    }
    const reported = new Set<string>();
    for (const output of Object.values(PLAN_OUTPUTS).map((f) => f(plan.name))) {
      const key = sameFileKey(output);
      const other = owner.get(key);
      if (!other) {
        owner.set(key, { file: plan.file, output });
      } else if (other.file === '') {
        found.push(error(plan.file, `This plan would write ${output}, the build's index page; rename the plan file.`, 'build/output-collision', { output }));
      } else if (other.file !== plan.file && !reported.has(other.file)) {
        // One error on each of the two plans, at the first file they share.
        reported.add(other.file);
        const theirs = other.output === output ? '' : ` (${other.output})`;
        found.push(
          error(plan.file, `This plan would write ${output}, as ${shown(other.file)} does${theirs}; rename one of them.`, 'build/output-collision', {
            output,
            other: shown(other.file),
            ...(theirs ? { otherOutput: other.output } : {}),
          }),
        );
        found.push(
          error(other.file, `This plan would write ${other.output}, as ${shown(plan.file)} does${theirs ? ` (${output})` : ''}; rename one of them.`, 'build/output-collision', {
            output: other.output,
            other: shown(plan.file),
            ...(theirs ? { otherOutput: output } : {}),
          }),
        );
      }
    }
  }
  return found;
}
