import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lint/index.js';
import { checkPlanWithAssets } from '../../src/lint/check-plan.js';
import { ONE_PIXEL_PNG, pngDeclaring } from '../helpers/images.js';
import { parsePlan } from '../../src/plan/load.js';
import { planDate } from '../../src/plan/plan-date.js';
import type { StudyPlan } from '../../src/plan/types.js';
import { imageViews } from '../../src/render/view-model-blocks.js';
import { renderHtml } from '../../src/render/render-html.js';
import { loadTemplate } from '../../src/render/template-loader.js';

const lint = (yaml: string) => checkPlan(parsePlan(yaml, 'plan.yaml'), { lang: 'en' });

describe('a plan without a period (a standing programme)', () => {
  const plan = { title: 'Kurser', publisher: { name: 'Brunnsviks folkhögskola' } } as StudyPlan;
  test('is valid', () => {
    expect(lint('title: Kurser\npublisher:\n  name: Brunnsviks folkhögskola\n')).toEqual([]);
  });
  test('is dated from issued, then SOURCE_DATE_EPOCH, never from an invented period', () => {
    expect(planDate({ ...plan, issued: { date: '2022-03-01' } }, {}).toISOString()).toBe('2022-03-01T12:00:00.000Z');
    expect(planDate(plan, { SOURCE_DATE_EPOCH: '1672531200' }).toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(planDate(plan, {}).toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('plan/date-outside-period on a section period', () => {
  const plan = (section: string) =>
    `title: Studieplan hösten 2021\npublisher:\n  name: S Skåne\nperiod:\n  term: autumn\n  year: 2021\nsections:\n  - kind: calendar\n    title: Kalender\n    period:\n${section}    months:\n      - month: 2021-10\n        events:\n          - date: 2021-10-09\n            title: Höstupptakt\n`;
  test("one that encloses the plan's period is not wrong", () => {
    expect(lint(plan('      from: 2021\n      to: 2022\n'))).toEqual([]);
  });
  test('one that starts before it says so', () => {
    const [d] = lint(plan('      start: 2021-06-01\n      end: 2021-11-30\n'));
    expect(d?.ruleId).toBe('plan/date-outside-period');
    expect(d?.message).toBe("The section's period 2021-06-01–2021-11-30 starts before the plan's period (2021-07-01–2021-12-31).");
  });
  test('one wholly after it says so, in Swedish too', () => {
    const yaml = plan('      year: 2022\n');
    expect(lint(yaml)[0]?.message).toBe("The section's period 2022-01-01–2022-12-31 lies wholly after the plan's period (2021-07-01–2021-12-31).");
    expect(checkPlan(parsePlan(yaml, 'plan.yaml'), { lang: 'sv' })[0]?.message).toBe('Avsnittets period 2022-01-01–2022-12-31 ligger helt efter planens period (2021-07-01–2021-12-31).');
  });
  test('a course in a sub-section is checked too', () => {
    const yaml = `title: Studieplan 2022\npublisher:\n  name: S\nperiod:\n  year: 2022\nsections:\n  - kind: prose\n    title: Kapitel\n    sections:\n      - kind: courses\n        title: Kurser\n        courses:\n          - id: a\n            title: A\n            audience: Alla\n            occurrences:\n              - date: 2021-03-01\n`;
    expect(lint(yaml).map((d) => `${d.line} ${d.ruleId}`)).toEqual(['17 plan/date-outside-period']);
  });
});

describe("images come from the plan's own folder only", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-images-'));
  mkdirSync(path.join(dir, 'plan'));
  writeFileSync(path.join(dir, 'plan', 'bild.png'), ONE_PIXEL_PNG);
  writeFileSync(path.join(dir, 'utanfor.png'), ONE_PIXEL_PNG);
  symlinkSync(path.join(dir, 'utanfor.png'), path.join(dir, 'plan', 'lank.png'));
  test('the schema refuses a URL, an absolute path and ".."', () => {
    for (const src of ['https://example.se/a.png', '/etc/a.png', '../a.png', 'a/../../b.png', 'C:\\\\a.png']) {
      const found = lint(`title: T\npublisher:\n  name: S\nsections:\n  - kind: prose\n    title: P\n    images:\n      - src: "${src}"\n        alt: En bild\n`);
      expect(
        found.map((d) => d.ruleId),
        src,
      ).toContain('schema/pattern');
    }
  });
  const check = (src: string) =>
    checkPlanWithAssets(parsePlan(`title: T\npublisher:\n  name: S\nsections:\n  - kind: prose\n    title: P\n    images:\n      - src: ${src}\n        alt: En bild\n`, 'plan.yaml'), {
      lang: 'en',
      assets: { planDir: path.join(dir, 'plan'), projectRoot: dir },
    });
  test('a file in the folder is loaded by lint as a data: URL, and the page shows what was loaded', () => {
    const { diagnostics, assets } = check('bild.png');
    expect(diagnostics).toEqual([]);
    expect(imageViews([{ src: 'bild.png', alt: 'En bild' }], assets.images)[0]?.src).toBe(`data:image/png;base64,${ONE_PIXEL_PNG.toString('base64')}`);
  });
  test('a missing file, or a link out of the folder, is a lint error at its src', () => {
    expect(check('saknas.png').diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual(['8:14 plan/image-file The picture `saknas.png` does not exist.']);
    expect(check('lank.png').diagnostics[0]?.message).toMatch(/^The picture `lank.png` lies outside the folder it must be in/);
  });
});

describe("the build cache sees a plan's images", () => {
  test("a changed picture changes the plan's key; a plan without images has none", async () => {
    const { picturesKey } = await import('../../src/pipeline/html-stage.js');
    const { checkPlanWithAssets } = await import('../../src/lint/check-plan.js');
    const { parsePlan } = await import('../../src/plan/load.js');
    const planImagesKey = (file: string, bytes: Buffer) =>
      picturesKey(checkPlanWithAssets(parsePlan(bytes, file), { assets: { planDir: path.dirname(file), projectRoot: path.dirname(file) } }).assets);
    const dir = mkdtempSync(path.join(tmpdir(), 'studyplan-image-key-'));
    const plan = path.join(dir, 'plan.yaml');
    const text = Buffer.from('sections:\n  - kind: prose\n    title: P\n    images:\n      - src: "bilder/a.png"  # omslaget\n        alt: A\n');
    mkdirSync(path.join(dir, 'bilder'));
    writeFileSync(path.join(dir, 'bilder', 'a.png'), pngDeclaring(1, 1));
    const first = await planImagesKey(plan, text);
    writeFileSync(path.join(dir, 'bilder', 'a.png'), pngDeclaring(2, 2));
    const second = await planImagesKey(plan, text);
    expect(first).not.toBe('');
    expect(second).not.toBe(first);
    expect(await planImagesKey(plan, Buffer.from('title: T\n'))).toBe('');
  });
});

describe('the new parts escape what a plan says', () => {
  test('hostile text in notices, practical information, sessions, step occurrences, events and images never becomes markup', async () => {
    const h = '<script>alert(1)</script><img src=x onerror=alert(1)>';

    const plan = {
      title: 'T',
      publisher: { name: 'S' },
      kind: 'none',
      notices: [{ kind: 'call-to-action', title: h, text: h, url: 'javascript:alert(1)', linkText: h }],
      practical: {
        title: h,
        text: h,
        registration: { text: h, url: 'https://example.se/?a=1&b=2' },
        organisers: [{ name: h }],
        cost: { includes: [h], exceptions: [h], otherPayers: [h] },
        contacts: [{ name: h, email: 'a@example.se' }],
      },
      goals: [{ text: h }],
      sections: [
        {
          kind: 'courses',
          title: h,
          images: [{ src: 'a.png', alt: `" onload="alert(1)`, caption: h, credit: h }],
          goals: [{ text: h }],
          sections: [{ kind: 'prose', title: h, text: h }],
          courses: [
            {
              id: 'k',
              title: h,
              notices: [{ kind: 'status', text: h }],
              nextStart: '2023-01-01',
              pace: { text: h },
              workload: { text: h },
              completion: { text: h },
              registration: { kind: 'application', text: h },
              sessions: [{ id: 's', title: h, elective: true, options: [h] }],
              steps: [
                {
                  title: h,
                  sessions: ['s', { title: h, description: h }],
                  occurrences: [
                    { label: h, theme: h, text: h, date: '2023-01-01' },
                    { date: '2023-02-01', url: 'javascript:alert(1)' },
                  ],
                },
              ],
            },
          ],
        },
        { kind: 'calendar', months: [{ month: '2023-01', events: [{ date: '2023-01-02', title: h, kind: 'other', audience: [h, 'alla'], text: h }] }] },
      ],
    } as unknown as StudyPlan;
    const html = renderHtml(plan, { template: await loadTemplate('booklet', process.cwd()), images: new Map([['a.png', { src: `data:image/png;base64,${ONE_PIXEL_PNG.toString('base64')}` }]]) });
    const body = html.slice(html.indexOf('<body'));
    expect(body).not.toMatch(/<script/i);
    expect(body.match(/<img /g)).toHaveLength(1);
    expect(body).not.toMatch(/<[^>]*\son\w+=/i);
    expect(body).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the course calendar (Kurskalender) lists what the calendar file (NAME.ics) lists', () => {
  test("each step's alternative dates, named by the course and the step, in date order", async () => {
    const { readFileSync } = await import('node:fs');
    const file = path.join(process.cwd(), 'tests/fixtures/genre/partiskole-trinn.yaml');
    const loaded = parsePlan(readFileSync(file), file);
    const html = renderHtml(loaded.data as StudyPlan, { template: await loadTemplate('booklet', process.cwd()) });
    const calendar = html.slice(html.indexOf('id="kurskalender"'));
    expect(calendar.length).toBeGreaterThan(20);
    const rows = [...calendar.matchAll(/<time datetime="(\d{4}-\d\d-\d\d)"/g)].map((m) => m[1]);
    expect(rows).toEqual(expect.arrayContaining(['2023-02-04', '2023-02-11', '2023-04-15', '2023-04-22', '2023-09-09']));
    expect([...rows].sort()).toEqual(rows);
    expect(calendar).toContain('Partiskolen: Trinn 1 Organisasjon og verdier');
    expect(calendar).toContain('Partiskolen: Trinn 2 Politikkutvikling');
  });
});
