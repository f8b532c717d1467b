import { clockTime } from '../../plan/swedish-values.js';
import type { Rule } from './types.js';
import { arr, coursesOf, eventsOf, isObj, sectionsOf, str, type Obj, type Path } from './walk.js';

// Only times that read as clock times are compared: `9:30` is 09:30 (not after 21:00 as text), and
// a value that is no time at all has its own finding from the schema.
const time = (v: unknown) => (typeof v === 'string' ? clockTime(v) : undefined);

/** A range ends after it starts: end dates, clock times, periods (start/end, from/to, seasons). */
export const dateRangeOrder: Rule = {
  id: 'plan/date-range-order',
  severity: 'error',
  under: ['status'],
  check({ mappingsUnder, data, report }) {
    const dated = (node: Obj, path: Path) => {
      const date = str(node.date);
      const end = str(node.endDate);
      if (date && end && end < date) report([...path, 'endDate'], { start: date, end, what: 'date' });
      const t0 = time(node.startTime);
      const t1 = time(node.endTime);
      const oneDay = !end || end === date;
      if (t0 && t1 && oneDay && t1 <= t0) report([...path, 'endTime'], { start: t0, end: t1, what: 'time' });
    };
    for (const c of coursesOf(data)) arr(c.node.occurrences).forEach((o, k) => isObj(o) && dated(o, [...c.path, 'occurrences', k]));
    for (const e of eventsOf(data)) dated(e.node, e.path);
    const periods = [{ node: data.period, path: ['period'] as Path }, ...sectionsOf(data).map((s) => ({ node: s.node.period, path: [...s.path, 'period'] }))];
    for (const { node, path } of periods) {
      if (!isObj(node)) continue;
      if (typeof node.start === 'string' && typeof node.end === 'string' && node.end < node.start) report([...path, 'end'], { start: node.start, end: node.end, what: 'date' });
      if (Number.isInteger(node.from) && Number.isInteger(node.to) && (node.to as number) < (node.from as number))
        report([...path, 'to'], { start: String(node.from), end: String(node.to), what: 'year' });
      const season = str(node.season);
      const m = season ? /^(\d{4})\/(\d{2})$/.exec(season) : null;
      if (m && Number(m[2]) !== (Number(m[1]) + 1) % 100) report([...path, 'season'], { start: m[1], end: m[2], what: 'season' });
    }
    // The meeting a plan was adopted at and the adoption date: adopted on or after the meeting.
    for (const s of mappingsUnder('status')) {
      const meeting = s.node.meeting;
      const held = isObj(meeting) ? str(meeting.date) : undefined;
      const adopted = str(s.node.adoptedOn);
      if (held && adopted && adopted < held) report([...s.path, 'adoptedOn'], { start: held, end: adopted, what: 'adopted' });
    }
  },
};
