import type { Finding } from './finding.js';

/** The rules that compare or place dates: a value that is not a date has nothing to compare. */
const DATE_RULES = new Set(['plan/date-outside-period', 'plan/date-range-order', 'plan/deadline-after-start', 'plan/event-outside-month']);

const at = (f: Finding) => `${f.range.start.line}:${f.range.start.column}`;

/**
 * One finding per problem, among the schema's findings and the rules': a bad e-mail address is
 * told by plan/malformed-email (it has the hint) and not again by the schema's format; a value
 * that is not a date gets schema/format and no date rule's finding about the same value. One
 * pass to index, one to filter: cheap beside the checks themselves.
 */
export function oneFindingPerProblem(findings: Finding[]): Finding[] {
  const emailsByRule = new Set<string>();
  const badDatesAt = new Set<string>();
  const badDates = new Set<string>();
  for (const f of findings) {
    if (f.ruleId === 'plan/malformed-email') emailsByRule.add(at(f));
    else if (f.ruleId === 'schema/format' && f.params.format === 'date') {
      badDatesAt.add(at(f));
      if (typeof f.params.value === 'string') badDates.add(f.params.value);
    }
  }
  if (!emailsByRule.size && !badDatesAt.size) return findings;
  return findings.filter((f) => {
    if (f.ruleId === 'schema/format' && f.params.format === 'email') return !emailsByRule.has(at(f));
    if (DATE_RULES.has(f.ruleId)) return !badDatesAt.has(at(f)) && !Object.values(f.params).some((v) => typeof v === 'string' && badDates.has(v));
    return true;
  });
}
