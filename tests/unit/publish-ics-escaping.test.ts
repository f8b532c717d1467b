import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { beforeAll, expect, test } from 'vitest';
import { loadPlan } from '../../src/plan/load.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { publishPlan } from '../../src/publish/index.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';

/**
 * Issue 28: ical-generator escapes SUMMARY, LOCATION and DESCRIPTION but writes NAME,
 * X-WR-CALNAME, UID and the calendar's URL as they come, and passes ESC and other control
 * characters into every TEXT value. A plan title with CR/LF ended the NAME line and added a
 * VEVENT of its own. Every property now escapes by RFC 5545's rules, and the file still folds.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const INJECT = 'Titel\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:forged\r\nSUMMARY:forged\r\nEND:VEVENT\r\nX-A;B,C\\';
let booklet: LoadedTemplate;
let plan: StudyPlan;

beforeAll(async () => {
  booklet = await loadTemplate('booklet', root);
  plan = (await loadPlan(path.join(root, 'tests/fixtures/valid/dated-course.yaml'))).data as StudyPlan;
});

/** RFC 5545 TEXT unescaped: ical.js reads NAME and X-WR-CALNAME (RFC 7986, not 5545) as raw values. */
const unescapeText = (v: unknown) => String(v).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function hostile(): StudyPlan {
  const copy = structuredClone(plan);
  copy.title = INJECT;
  const section = copy.sections![0]!;
  if (section.kind !== 'courses') throw new Error('the fixture starts with its courses');
  section.courses[0]!.title = `Kurs\x1b[2K\r\n::error::x\u2028BEGIN:VEVENT${'å'.repeat(80)}`;
  return copy;
}

test('a title with CR/LF cannot add an entry or a property; the names read back as they were written', () => {
  const p = publishPlan(hostile(), { name: 'dated-course', template: booklet, baseUrl: 'https://example.se/planer/' });
  const ics = p.ics!;
  const cal = new ICAL.Component(ICAL.parse(ics));
  expect(cal.getAllSubcomponents('vevent')).toHaveLength(2);
  expect(cal.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'))).not.toContain('forged');
  expect(unescapeText(cal.getFirstPropertyValue('name'))).toBe(INJECT.replace(/\r\n/g, '\n'));
  expect(unescapeText(cal.getFirstPropertyValue('x-wr-calname'))).toBe(INJECT.replace(/\r\n/g, '\n'));
  const summary = cal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary') as string;
  expect(summary.startsWith('Kurs[2K\n::error::x\nBEGIN:VEVENT')).toBe(true);
  // Lines end in CRLF only, no control character inside, and every line is folded at 75 octets.
  const lines = ics.split('\r\n');
  // eslint-disable-next-line no-control-regex -- the characters RFC 5545 TEXT forbids
  for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f\u2028]/);
  for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
});

test("each course's own calendar escapes its name too", () => {
  const p = publishPlan(hostile(), { name: 'dated-course', template: booklet });
  const files = [...p.courseFiles.values()];
  expect(files.length).toBeGreaterThan(0);
  for (const text of files) {
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(2);
    expect(unescapeText(cal.getFirstPropertyValue('name'))).toContain('::error::x\nBEGIN:VEVENT');
  }
});
