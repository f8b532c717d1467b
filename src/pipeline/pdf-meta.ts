import { planDate } from '../plan/plan-date.js';
import type { StudyPlan } from '../plan/types.js';
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
