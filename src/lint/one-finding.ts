import type { Finding } from './finding.js';

/** The rules that compare or place dates: a value that is not a date has nothing to compare. */
const DATE_RULES = new Set(['plan/date-outside-period', 'plan/date-range-order', 'plan/deadline-after-start', 'plan/opens-after-deadline', 'plan/event-outside-month']);

/** The rules that check a reference to a course id and may suggest the id meant. */
const REFERENCE_RULES = new Set(['plan/unknown-prerequisite', 'plan/unknown-course']);

const at = (f: Finding) => `${f.range.start.line}:${f.range.start.column}`;

/**
 * One finding per problem, among the schema's findings and the rules': a bad e-mail address is
 * told by plan/malformed-email (it has the hint) and not again by the schema's format (a web
 * address without https:// likewise by plan/malformed-url, not by format and pattern too); a value
 * that is not a date gets schema/format and no date rule's finding about the same value; a
 * reference with a likely id (a prerequisite written as a course's title) is told with that id,
 * not also as an id of the wrong form (schema/pattern). One
 * pass to index, one to filter: cheap beside the checks themselves.
 */
export function oneFindingPerProblem(findings: Finding[]): Finding[] {
  const emailsByRule = new Set<string>();
  const urlsByRule = new Set<string>();
  const badDatesAt = new Set<string>();
  const badDates = new Set<string>();
  const suggestedRefs = new Set<string>();
  for (const f of findings) {
    if (f.ruleId === 'plan/malformed-email') emailsByRule.add(at(f));
    else if (f.ruleId === 'plan/malformed-url') urlsByRule.add(at(f));
    else if (REFERENCE_RULES.has(f.ruleId) && typeof f.params.suggestion === 'string') suggestedRefs.add(at(f));
    else if (f.ruleId === 'schema/format' && f.params.format === 'date') {
      badDatesAt.add(at(f));
      if (typeof f.params.value === 'string') badDates.add(f.params.value);
    }
  }
  if (!emailsByRule.size && !urlsByRule.size && !badDatesAt.size && !suggestedRefs.size) return findings;
  return findings.filter((f) => {
    if (f.ruleId === 'schema/format' && f.params.format === 'email') return !emailsByRule.has(at(f));
    if ((f.ruleId === 'schema/format' && f.params.format === 'uri') || (f.ruleId === 'schema/pattern' && f.params.form === 'url')) return !urlsByRule.has(at(f));
    if (f.ruleId === 'schema/pattern' && f.params.form === 'id' && suggestedRefs.has(at(f))) return false;
    if (DATE_RULES.has(f.ruleId)) return !badDatesAt.has(at(f)) && !Object.values(f.params).some((v) => typeof v === 'string' && badDates.has(v));
    return true;
  });
}
