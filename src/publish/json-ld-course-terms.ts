import type { Course } from '../plan/types.js';
import { markdownToText } from './plain-text.js';

type Node = Record<string, unknown>;

/** The bodies of the student finance schemes, as their countries name them. */
const SCHEMES: Record<string, string> = { csn: 'CSN', lanekassen: 'Lånekassen', su: 'SU' };

/** The credit systems as a unit a reader of the data recognises, in English as schema.org's own words are (UN/CEFACT has no code for them). */
const CREDIT_UNITS: Record<string, string> = {
  'higher-education-credits': 'higher education credits',
  ects: 'ECTS credits',
  'study-points': 'study points',
  'folk-high-school-weeks': 'folk high school weeks',
};

/** The roles that teach: schema.org's `instructor` of a CourseInstance. */
const TEACHING = new Set(['leader', 'teacher', 'speaker', 'moderator']);

/**
 * What schema.org's Course has a place for among the fields of issue 27: its code, its credits,
 * what it teaches (the goals), its syllabus (the topics) and the student finance it qualifies for.
 * Materials, exam and attendance have no property of their own there and are left to the open data.
 */
export function courseTerms(course: Course): Node {
  const node: Node = {};
  if (course.code) node['courseCode'] = course.code;
  const credits = course.credits;
  if (credits?.value !== undefined) {
    const unit = credits.system ? CREDIT_UNITS[credits.system] : undefined;
    node['numberOfCredits'] = { '@type': 'StructuredValue', value: credits.value, ...(unit ? { unitText: unit } : {}) };
  }
  if (course.goals?.length) node['teaches'] = course.goals.map((g) => markdownToText(g.text));
  if (course.topics?.length) node['syllabusSections'] = course.topics.map((name) => ({ '@type': 'Syllabus', name }));
  const aid = studentFinance(course);
  if (aid) node['financialAidEligible'] = aid;
  return node;
}

/** "CSN", or the plan's words about it; nothing for a course that does not qualify. */
function studentFinance(course: Course): string | undefined {
  const f = course.studentFinance;
  if (!f?.eligible) return undefined;
  return (f.scheme ? SCHEMES[f.scheme] : undefined) ?? (f.text ? markdownToText(f.text) : undefined);
}

/** The course's teachers, leaders and speakers as schema.org Persons (with the organisation they come from). */
export function instructors(course: Course): Node[] {
  return (course.people ?? [])
    .filter((p) => TEACHING.has(p.role ?? ''))
    .map((p) => ({ '@type': 'Person', name: p.name, ...(p.organisation ? { affiliation: { '@type': 'Organization', name: p.organisation } } : {}) }));
}
