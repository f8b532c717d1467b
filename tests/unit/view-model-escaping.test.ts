import { beforeAll, describe, expect, test } from 'vitest';
import type { StudyPlan } from '../../src/plan/types.js';
import { planView, renderHtml } from '../../src/render/render-html.js';
import { loadTemplate, type LoadedTemplate } from '../../src/render/template-loader.js';
import { ROOT } from '../helpers/cli.js';

let booklet: LoadedTemplate;
beforeAll(async () => {
  booklet = await loadTemplate('booklet', ROOT);
});

// Markup, a quote and an ampersand: what a secretary may well type, and what must never become markup.
const nasty = '<script>alert(1)</script> "Kunskap" & makt';
const once = '&lt;script&gt;alert(1)&lt;/script&gt; &quot;Kunskap&quot; &amp; makt';

const plan: StudyPlan = {
  title: 'Studieplan hösten 2022',
  publisher: { name: 'Socialdemokraterna i Test' },
  period: { term: 'autumn', year: 2022 },
  sections: [
    {
      kind: 'courses',
      title: 'Utbildningar',
      courses: [
        {
          id: 'kurs',
          title: `Kurs ${nasty}`,
          audience: `Målgrupp ${nasty}`,
          organisers: [{ name: `Arrangör ${nasty}` }],
          format: { type: 'study-circle', text: `Format ${nasty}` },
          occurrences: [{ date: '2022-09-10', venue: `Lokal ${nasty}` }],
          registration: { deadline: '2022-09-01', capacity: 20 },
          cost: { amount: 100, includes: [`Ingår ${nasty}`] },
        },
      ],
    },
    { kind: 'calendar', title: 'Kalender', months: [{ month: '2022-09', events: [{ date: '2022-09-20', title: `Möte ${nasty}`, course: 'kurs' }] }] },
  ],
};

describe('plan text reaches the template as data, and Handlebars escapes it once', () => {
  test('the view holds the plan’s words as written, not as HTML, and the page has each escaped exactly once', () => {
    const view = planView(plan, { template: booklet });
    const course = view.sections[0]!.courses[0]!;
    const fact = (key: string) => course.facts.find((f) => f.key === key);
    expect(fact('audience')?.runs).toEqual([{ text: `Målgrupp ${nasty}` }]);
    expect(fact('organisers')?.runs).toEqual([{ text: `Arrangör ${nasty}` }]);
    // Plain words and the plan's Markdown are separate runs: only Markdown comes as (sanitised) HTML.
    expect(fact('format')?.runs).toEqual([{ text: 'Studiecirkel. ' }, { html: 'Format &lt;script&gt;alert(1)&lt;/script&gt; &quot;Kunskap&quot; &amp; makt' }]);
    expect(fact('cost')?.runs).toEqual([{ text: `100 kr. I priset ingår Ingår ${nasty}` }]);
    expect(view.sections[1]!.months[0]!.events[0]).toMatchObject({ title: `Möte ${nasty}`, href: '#kurs' });
    expect(view.courseCalendar?.rows.map((r) => r.what)).toContain(`Möte ${nasty}`);

    const html = renderHtml(plan, { template: booklet });
    expect(html).not.toMatch(/<script/i);
    // Escaped twice (in the code and again by the template) would show "&lt;" on the page.
    expect(html).not.toMatch(/&amp;(lt|gt|quot|amp);/);
    for (const words of ['Kurs', 'Målgrupp', 'Arrangör', 'Format', 'Lokal', 'I priset ingår Ingår', 'Möte']) expect(html, words).toContain(`${words} ${once}`);
    expect(html).toContain(`<a href="#kurs">Möte ${once}</a>`);
  });
});
