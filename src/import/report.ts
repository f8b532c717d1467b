import { isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Course, Section, StudyPlan } from '../plan/types.js';

/** A course the importer found: its title and the dates it found for it. */
export interface FoundCourse {
  title: string;
  dates: string[];
}

/** Text the importer could not place: where it is in the new plan (1-based line) and its words. */
export interface FreeText {
  line: number;
  text: string;
}

function coursesOf(sections: readonly Section[] | undefined): Course[] {
  return (sections ?? []).flatMap((s) => [...(s.kind === 'courses' ? s.courses : []), ...coursesOf((s as { sections?: Section[] }).sections)]);
}

/** The plan's courses in document order, each with the dates of its occurrences and steps. */
export function foundCourses(plan: StudyPlan): FoundCourse[] {
  return coursesOf(plan.sections).map((c) => ({
    title: c.title,
    dates: [...(c.occurrences ?? []).map((o) => o.date), ...(c.steps ?? []).flatMap((s) => (s.occurrences ?? []).map((o) => o.date))].filter((d): d is string => typeof d === 'string'),
  }));
}

/**
 * Where the importer put text with COMMENT (its "could not tell what this is"): read back from
 * the YAML it wrote, so that the line is the line the secretary opens, whatever the key order.
 */
export function freeTextIn(yaml: string, comment: string): FreeText[] {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const found: FreeText[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.commentBefore?.includes(comment)) return;
      const at = pair.key.range?.[0] ?? 0;
      const value = isScalar(pair.value) || isMap(pair.value) ? pair.value.toJSON() : pair.value;
      found.push({ line: lines.linePos(at).line, text: typeof value === 'string' ? value : JSON.stringify(value) });
    },
  });
  return found;
}
