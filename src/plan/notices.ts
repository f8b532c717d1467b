import type { Notice } from './types.js';

/** A plan's status notice as one line of plain text, for the list of plans (index.html). */
export function statusNoticeText(list: readonly Notice[] | undefined): string | undefined {
  const n = (list ?? []).find((x) => x.kind === 'status');
  return n ? [n.title, n.text].filter(Boolean).join(' – ').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim() : undefined;
}
