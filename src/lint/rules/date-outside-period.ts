import { periodRange, type DateRange } from '../../plan/period-range.js';
import { showRange } from './dates.js';
import type { Rule } from './types.js';
import { arr, coursesOf, eventsOf, isObj, sectionsOf, str, type Obj, type Path } from './walk.js';

/** The dates a course or event takes place on, with their paths. */
function datesOf(node: Obj, path: Path): { date: string; path: Path }[] {
  const found: { date: string; path: Path }[] = [];
  for (const key of ['date', 'endDate']) {
    const d = str(node[key]);
    if (d) found.push({ date: d, path: [...path, key] });
  }
  arr(node.dates).forEach((d, k) => typeof d === 'string' && found.push({ date: d, path: [...path, 'dates', k] }));
  return found;
}

/**
 * Courses and events fall inside the plan's period and their section's (a date in the past or
 * the next year is usually a copy-paste from last year's plan).
 */
export const dateOutsidePeriod: Rule = {
  id: 'plan/date-outside-period',
  severity: 'warning',
  check({ data, report }) {
    const plan = periodRange(data.period);
    const check = (date: string, path: Path, section: Obj) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
      const own = periodRange(section.period);
      for (const [range, whose] of [
        [own, 'section'],
        [plan, 'plan'],
      ] as [DateRange | undefined, string][]) {
        if (!range) continue;
        if (date < range.start || date > range.end) {
          report(path, { date, when: date < range.start ? 'before' : 'after', whose, range: showRange(range) });
          return;
        }
      }
    };
    for (const c of coursesOf(data)) {
      arr(c.node.occurrences).forEach((o, k) => {
        if (isObj(o)) for (const d of datesOf(o, [...c.path, 'occurrences', k])) check(d.date, d.path, c.section.node);
      });
      // A step's alternative occurrences too (each town's date for trinn 2, ...).
      arr(c.node.steps).forEach((s, j) => {
        if (isObj(s))
          arr(s.occurrences).forEach((o, k) => {
            if (isObj(o)) for (const d of datesOf(o, [...c.path, 'steps', j, 'occurrences', k])) check(d.date, d.path, c.section.node);
          });
      });
    }
    for (const e of eventsOf(data)) for (const d of datesOf(e.node, e.path)) check(d.date, d.path, e.section.node);
    // A section's own period overlaps the plan's. One that encloses it (the section "2021–2022" of
    // the plan "hösten 2021") is not wrong; one that lies wholly or partly outside it is, and the
    // message says which end.
    for (const s of sectionsOf(data)) {
      const own = periodRange(s.node.period);
      if (!own || !plan) continue;
      if (own.start <= plan.start && own.end >= plan.end) continue;
      const when = own.end < plan.start ? 'before' : own.start > plan.end ? 'after' : own.start < plan.start ? 'starts-before' : own.end > plan.end ? 'ends-after' : undefined;
      if (when) report([...s.path, 'period'], { date: showRange(own), when, whose: 'plan', range: showRange(plan), what: 'period' });
    }
  },
};
