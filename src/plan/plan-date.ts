import type { Period, StudyPlan } from './types.js';

/**
 * The date a plan's outputs carry (the PDF's, the calendar's DTSTAMP): the issued date, the
 * meeting or the adoption, else SOURCE_DATE_EPOCH, else the start of its period, else the epoch;
 * never the clock, so two builds give the same bytes.
 */
export function planDate(plan: StudyPlan, env: NodeJS.ProcessEnv = process.env): Date {
  const iso = plan.issued?.date ?? plan.status?.meeting?.date ?? plan.status?.adoptedOn;
  if (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)) return new Date(`${iso}T12:00:00Z`);
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  if (!plan.period) return new Date(0);
  return new Date(`${periodStart(plan.period)}T12:00:00Z`);
}

const TERM_START = { spring: '01-01', summer: '06-01', autumn: '08-01', winter: '12-01' } as const;

function periodStart(p: Period): string {
  if ('start' in p) return p.start;
  if ('term' in p) return `${p.year}-${TERM_START[p.term]}`;
  if ('from' in p) return `${p.from}-01-01`;
  if ('season' in p) return `${p.season.slice(0, 4)}-07-01`;
  return `${p.year}-01-01`;
}
