import type { Cost, Course, Registration } from '../plan/types.js';
import { fill, type Labels } from './labels.js';
import { formatDate } from './helpers/dates.js';
import { capitalise, countOf, joinList } from './helpers/lists.js';
import { sentences, type TextBody } from './view-model-text.js';

/**
 * The terms of study a course may state (issue 27): credits, exam, student finance, attendance,
 * each as the facts in the template's words followed by the plan's own text; and the small
 * phrases other facts gain: a step's length, the day registration opens, who pays which part.
 */

/** The bodies of the student finance schemes, named as their countries write them. */
const SCHEMES: Record<string, string> = { csn: 'CSN', lanekassen: 'Lånekassen', su: 'SU' };

/** "7,5 högskolepoäng. <the plan's words>" */
export function creditsBody(course: Pick<Course, 'credits'>, labels: Labels): TextBody | undefined {
  const c = course.credits;
  if (!c) return undefined;
  const parts: string[] = [];
  if (c.value !== undefined) {
    const n = String(c.value).replace('.', labels.ui['decimal'] ?? '.');
    parts.push(fill(labels.ui[`credits-${c.system ?? 'other'}`] ?? '{n}', { n }));
  }
  return sentences(parts, c.text);
}

/** "Skriftligt prov. <the plan's words>" */
export function examBody(course: Pick<Course, 'exam'>, labels: Labels): TextBody | undefined {
  const e = course.exam;
  if (!e) return undefined;
  return sentences(e.kind ? [labels.ui[`exam-${e.kind}`] ?? e.kind] : [], e.text);
}

/** "Kursen ger rätt till studiemedel från CSN. <the plan's words>" */
export function studentFinanceBody(course: Pick<Course, 'studentFinance'>, labels: Labels): TextBody | undefined {
  const f = course.studentFinance;
  if (!f) return undefined;
  const scheme = f.scheme ? SCHEMES[f.scheme] : undefined;
  const key = !f.eligible ? 'studentFinance-no' : scheme ? 'studentFinance-yes-scheme' : 'studentFinance-yes';
  return sentences([fill(labels.ui[key] ?? key, { scheme: scheme ?? '' })], f.text);
}

/** "Du ska delta i alla träffar, närvaro minst 80 procent. <the plan's words>" */
export function attendanceBody(course: Pick<Course, 'attendance'>, labels: Labels): TextBody | undefined {
  const a = course.attendance;
  if (!a) return undefined;
  const parts: string[] = [];
  if (a.allSessions) parts.push(labels.ui['attendance-all'] ?? 'attendance-all');
  if (a.minimumPercent !== undefined) parts.push(fill(labels.ui['attendance-minimum'] ?? '{n}', { n: a.minimumPercent }));
  return sentences(parts, a.text);
}

/** "2 dagar, 12 timmar": how long a step or module takes, or undefined. */
export function durationText(x: { days?: number; hours?: number }, labels: Labels): string | undefined {
  const parts: string[] = [];
  if (x.days !== undefined) parts.push(countOf(x.days, labels.units['day'], labels, false));
  if (x.hours !== undefined) parts.push(countOf(x.hours, labels.units['hour'], labels, false));
  return parts.length ? parts.join(', ') : undefined;
}

/** "öppnar 1 februari 2027", after the label "Anmälan" or "Ansökan" (never doubling it), or undefined. */
export function opensText(r: Registration | undefined, labels: Labels): string | undefined {
  if (!r?.opens) return undefined;
  return fill(labels.ui['opens'] ?? '{date}', { date: formatDate(r.opens, labels) });
}

/** "Förbundet betalar resan (billigaste färdsätt)": each payer and the part of the cost it covers. */
export function contributionTexts(cost: Pick<Cost, 'contributions'>, labels: Labels): string[] {
  return (cost.contributions ?? []).map((c) => {
    const what = joinList(
      c.covers.map((part) => labels.ui[`covers-${part}`] ?? part),
      labels.and,
    );
    const said = fill(labels.ui['contribution'] ?? '{who} {what}', { who: c.by, what });
    return capitalise(c.text ? `${said} (${c.text})` : said);
  });
}
