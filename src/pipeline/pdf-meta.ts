import type { Period, StudyPlan } from '../plan/types.js';
import type { Labels } from '../render/labels.js';
import { formatPeriod } from '../render/helpers/periods.js';
import type { PdfMeta } from '../pdf/types.js';

export type { PdfMeta };

/**
 * The PDF's document information. The date comes from the plan (issued, the meeting, adoption),
 * then SOURCE_DATE_EPOCH, then the start of the plan's period: never "now", so that the same
 * plan always prints the same file. A standing programme has no period: without `issued` or
 * SOURCE_DATE_EPOCH its date is the epoch (what SOURCE_DATE_EPOCH=0 says), never an invented period.
 */
export function pdfMeta(plan: StudyPlan, lang: string, labels: Labels, env: NodeJS.ProcessEnv = process.env): PdfMeta {
  const kind = labels.kinds[plan.kind ?? 'studieplan'] ?? '';
  const meta: PdfMeta = {
    title: plan.title,
    author: plan.publisher.name,
    subject: [kind, formatPeriod(plan.period, labels)].filter(Boolean).join(' '),
    lang,
    date: planDate(plan, env),
  };
  if (plan.keywords?.length) meta.keywords = [...plan.keywords];
  return meta;
}

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
