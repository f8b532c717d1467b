import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtProject, pageTexts } from './helpers.js';

/**
 * The fields of issue 27 in the two fixtures that need them (tests/fixtures/genre/): a Swedish
 * union's course catalogue and a Norwegian study association's page, built once with the real bin
 * into HTML, PDF and open data, and each field found where a reader expects it: in the PDF's text
 * (pdftotext), in the page's HTML, in its JSON-LD and in the open data.
 */
const PLANS = ['fackforbund-kurskatalog', 'studieforbund-kursside'];

let project: string;
const out = (file: string) => path.join(project, 'out', file);
const html = (name: string) => readFileSync(out(`${name}.html`), 'utf8');
/** The PDF's text as one line: words as a reader sees them, wherever the lines broke. */
const pdfText = (name: string) =>
  pageTexts(out(`${name}.pdf`))
    .join(' ')
    .replace(/\s+/g, ' ');
/** HTML's text without tags, as one line (the booklet's nobr spans and line breaks gone). */
const pageText = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:)])/g, '$1');
type Node = Record<string, unknown>;
const jsonLd = (name: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html(name))![1]!) as { '@graph': Node[] };
const byName = (graph: Node[], name: string) => graph.find((n) => n['name'] === name)!;

beforeAll(() => {
  project = builtProject('studyplan-fields-', { plans: PLANS.map((n) => `tests/fixtures/genre/${n}.yaml`) }, ['plans/', '--out', 'out', '--format', 'html,pdf,json']);
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a Swedish union’s course catalogue', () => {
  const name = 'fackforbund-kurskatalog';
  const inOrder = (text: string, parts: string[]) => {
    let at = -1;
    for (const part of parts) {
      const next = text.indexOf(part, at + 1);
      expect(next, `"${part}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  };

  it('prints each field in the PDF, in the card’s order, under the document’s own lead-ins', () => {
    const text = pdfText(name);
    inOrder(text, [
      'MF1 Medlem i facket',
      // The facts block first (issue 29): when, where, cost, registration.
      'Kostnadsfri. Avdelningen betalar resan (upp till 500 kr)',
      'Öppnar 10 januari 2027. Anmäl senast 31 januari 2027. 24 platser.',
      'På kursen går vi igenom: Fackets historia och uppbyggnad Kollektivavtalet och lagarna på jobbet Hur du påverkar på din arbetsplats',
      'Målgrupp: Alla medlemmar, särskilt nya',
      'Kursledare: Lena Holm (avdelningen) och Per Ek',
      'Närvaro: Du ska vara med på alla träffar. Missar du en dag',
      'Efter kursen ska du: veta hur facket är organiserat kunna läsa ditt kollektivavtal',
      'Studiematerial: Facket på jobbet, Fackförbundet Vård & Omsorg – Delas ut på kursen. Ordlista för nya medlemmar',
    ]);
    // The lead-in stands instead of the label: neither "Innehåll:" nor "Mål:" doubles it.
    expect(text).not.toMatch(/Innehåll: På kursen|Mål: Efter kursen/);
    inOrder(text, [
      'FO1 Ombudsutbildning',
      'FO1.1 Del 1 Ombudets uppdrag (2 dagar, 14 timmar)',
      'A Lagar och avtal (6 timmar)',
      // A step's own speaker, under the step.
      'FO1.2 Del 2 Förhandling och påverkan (1 dag, 7 timmar) Föreläsare: Omar Haddad – Förhandlingsombudsman på förbundet',
      'Lärare: Sara Lind (ABF Gävleborg)',
    ]);
    inOrder(text, [
      'AM7 Arbetsmiljö och hälsa',
      'Ansökan Öppnar 15 januari 2027. Ansök senast 15 februari 2027.',
      'Poäng: 7,5 högskolepoäng',
      'Studiemedel: Kan sökas hos CSN. Ansök hos CSN senast sex veckor före kursstart.',
      'Examination: Inlämningsuppgift. En skriftlig rapport',
      // The goals may break across a page (issue 29): before and after the page's foot.
      'Efter kursen ska du kunna: Kunskaper: redogöra för arbetsmiljölagens krav på arbetsgivaren',
      'Färdigheter: genomföra en enkel riskbedömning Förhållningssätt: se arbetsmiljön',
    ]);
  });

  it('pays travel and lost earnings as parts of the cost, not the whole price', () => {
    expect(pdfText(name)).toContain(
      'Kostnad: Förbundet betalar kursavgiften, kost och logi. Avdelningen betalar resan (billigaste färdsätt, mot kvitto). Arbetsgivaren betalar förlorad arbetsförtjänst (enligt förtroendemannalagen, för förtroendevalda). Kurserna är avgiftsfria för medlemmar.',
    );
  });

  it('prints the meeting without course words, and the catalogue entries as compact lines of one list, not cards', () => {
    const page = html(name);
    const meeting = page.slice(page.indexOf('<article class="course meeting"'), page.indexOf('</article>', page.indexOf('<article class="course meeting"')));
    expect(pageText(meeting)).toContain('Mötesledare: Karin Berg Föreläsare: Jonas Nyberg (förbundsstyrelsen)');
    expect(pageText(meeting)).not.toMatch(/[Kk]urs/);
    expect(page).toMatch(
      /<ul class="course-entries">\n<li class="course-entry" id="am2"><span class="course-code">AM2<\/span> <span class="course-name">Arbetsmiljö, fördjupning<\/span><\/li>\n<li class="course-entry" id="fo3">.*\n<li class="course-entry" id="st4">.*<\/li>\n<\/ul>/,
    );
    expect(page).not.toContain('aria-labelledby="am2"');
    expect(pdfText(name)).toContain(
      'Fler kurser i katalogen Kurserna nedan ges på begäran. Hör av dig till studieorganisatören. AM2 Arbetsmiljö, fördjupning FO3 Förhandlingsteknik ST4 Studieorganisatör på arbetsplatsen',
    );
    // The contents list the courses with their codes, and no entry (it has no heading).
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
    expect(toc).toContain('MF1 Medlem i facket');
    expect(toc).not.toContain('#am2');
  });

  it('JSON-LD: codes, credits, goals, student finance, teachers; the meeting is an Event with its leader and speaker', () => {
    const graph = jsonLd(name)['@graph'];
    const hp = byName(graph, 'Arbetsmiljö och hälsa');
    expect(hp).toMatchObject({
      '@type': 'Course',
      courseCode: 'AM7',
      numberOfCredits: { '@type': 'StructuredValue', value: 7.5, unitText: 'higher education credits' },
      teaches: ['redogöra för arbetsmiljölagens krav på arbetsgivaren', 'genomföra en enkel riskbedömning', 'se arbetsmiljön som en fråga för hela arbetsplatsen'],
      financialAidEligible: 'CSN',
    });
    const mf1 = byName(graph, 'Medlem i facket');
    expect(mf1['syllabusSections']).toEqual([
      { '@type': 'Syllabus', name: 'Fackets historia och uppbyggnad' },
      { '@type': 'Syllabus', name: 'Kollektivavtalet och lagarna på jobbet' },
      { '@type': 'Syllabus', name: 'Hur du påverkar på din arbetsplats' },
    ]);
    expect((mf1['hasCourseInstance'] as Node[])[0]!['instructor']).toEqual([
      { '@type': 'Person', name: 'Lena Holm', affiliation: { '@type': 'Organization', name: 'avdelningen' } },
      { '@type': 'Person', name: 'Per Ek' },
    ]);
    const meeting = byName(graph, 'Avdelningsrådet i mars');
    expect(meeting).toMatchObject({ '@type': 'Event', startDate: '2027-03-20T10:00:00+01:00', location: { name: 'Avdelningsexpeditionen' } });
    expect((meeting['performer'] as Node[]).map((p) => p['name'])).toEqual(['Karin Berg', 'Jonas Nyberg']);
    expect(graph.filter((n) => n['@type'] === 'Course').map((n) => n['courseCode'])).toEqual(['MF1', 'FO1', 'AM7', 'AM2', 'FO3', 'ST4']);
  });

  it('open data: the plan with every new field, and their Markdown as plain text', () => {
    const data = JSON.parse(readFileSync(out(`${name}.json`), 'utf8')) as { plan: { practical: Node; sections: { courses: Node[] }[] }; plainText: Record<string, string> };
    const [mf1, fo1] = data.plan.sections[0]!.courses;
    expect(mf1).toMatchObject({ code: 'MF1', topicsLead: 'På kursen går vi igenom:', goalsLead: 'Efter kursen ska du:', attendance: { allSessions: true }, registration: { opens: '2027-01-10' } });
    expect((data.plan.practical['cost'] as Node)['contributions']).toContainEqual({ by: 'Avdelningen', covers: ['travel'], text: 'billigaste färdsätt, mot kvitto' });
    expect(fo1!['steps']).toContainEqual(expect.objectContaining({ code: 'FO1.1', days: 2, hours: 14 }));
    expect(data.plan.sections[2]!.courses[0]).toMatchObject({ kind: 'meeting' });
    expect(data.plainText['/sections/1/courses/0/exam/text']).toBe('En skriftlig rapport om arbetsmiljön på din egen arbetsplats.');
    expect(data.plainText['/sections/0/courses/1/steps/1/people/0/text']).toBe('Förhandlingsombudsman på förbundet, talar om lokala förhandlingar.');
  });
});

describe('a Norwegian study association’s page', () => {
  const name = 'studieforbund-kursside';

  it('prints goals by kind, materials, teachers who say more than a name, credits, exam, student finance and attendance', () => {
    const text = pdfText(name);
    for (const part of [
      'TV-10 Tillitsvalgtskolen',
      'Poeng: 10 studiepoeng. Studiepoengene kan godkjennes ved Nord universitet.',
      'Lærere: Ingrid Solberg (Opplysningsforbundet Midt) – Har undervist tillitsvalgte i femten år. Erik Vang Advokat. Han har to økter: arbeidsrett i praksis oppsigelse og permittering',
      'Oppmøte: Minst 80 prosent. Fravær ut over dette må tas igjen ved neste kull.',
      'Åpner 1. mai 2027. Meld deg på innen 20. august 2027.',
      'Forbundet dekker en del av kostnaden (1 500 kr for medlemmer)',
      'Studiestøtte: Kan søkes fra Lånekassen',
      'Eksamen: Muntlig',
      // The list may break across pages now (issue 29): its two halves.
      'Mål: Kunnskap: kjenne hovedavtalen og arbeidsmiljøloven vite hvordan et lokalt lag er organisert Ferdigheter: lede et medlemsmøte etter vedtektene',
      'Holdninger: se på tillitsvervet',
      'Studiemateriell: Tillitsvalgtboka, Kari Nordmo – Boka får du ved første samling. Hovedavtalen på nett',
      'Møteleder: Siri Haugen Foredragsholder: Tor Lie (forbundsstyret)',
      '101 Grunnkurs i organisasjonsarbeid 102 Møteledelse 103 Økonomi for tillitsvalgte',
    ])
      expect(text).toContain(part);
    // Lists are lists in the HTML: each goal, material and point of a teacher's text an item.
    const page = html(name);
    expect(page).toContain('<p class="list-group">Ferdigheter:</p>\n<ul class="fact-list">\n<li>lede et medlemsmøte etter vedtektene</li>');
    expect(page).toContain('<li>Erik Vang\n<p>Advokat. Han har to økter:</p>\n<ul>\n<li>arbeidsrett i praksis</li>');
    expect(page).toContain('<li><cite>Tillitsvalgtboka</cite>, Kari Nordmo – Boka får du ved første samling.</li>');
  });

  it('JSON-LD: study points, Lånekassen, registration opening on the offer; the members’ meeting is an Event', () => {
    const graph = jsonLd(name)['@graph'];
    const course = byName(graph, 'Tillitsvalgtskolen');
    expect(course).toMatchObject({ courseCode: 'TV-10', numberOfCredits: { value: 10, unitText: 'study points' }, financialAidEligible: 'Lånekassen' });
    expect(course['offers']).toMatchObject({ price: 2500, priceCurrency: 'NOK', availabilityStarts: '2027-05-01' });
    expect(byName(graph, 'Åpent medlemsmøte om tariffoppgjøret')).toMatchObject({
      '@type': 'Event',
      startDate: '2027-10-07T19:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });
});
