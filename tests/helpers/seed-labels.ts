/**
 * What the booklet template must add or keep together so that every sentence of the two seed
 * documents survives in print. The plans hold these sentences only as structured values; the
 * seed fidelity test allows exactly the `labelled` ones to be missing from the plan's bare text,
 * and the HTML/PDF tests, which see the template's output, should allow none.
 */

/** A source sentence the plan keeps as a value that the template must label or format. */
export interface LabelledSentence {
  sentence: string;
  /** What the plan itself holds (checked against the plan's text). */
  rest: string;
  /** How the template has to print it for the sentence to reappear. */
  printedAs: string;
}

/** A source sentence split over several fields that the template must print in this order, adjacent. */
export interface AdjacentSentence {
  sentence: string;
  fields: string;
}

const syfte = (text: string): LabelledSentence => ({ sentence: `Syfte: ${text}`, rest: text, printedAs: '"Syfte: " before course.purpose' });
const malgrupp = (sep: string, text: string): LabelledSentence => ({ sentence: `Målgrupp${sep}${text}`, rest: text, printedAs: '"Målgrupp: " before course.audience' });

export const LABELLED: Record<string, LabelledSentence[]> = {
  'norrbotten-2011-2014': [
    { sentence: 'Höstmötet 23 oktober 2011', rest: 'Höstmötet 2011-10-23', printedAs: 'status.meeting as "{name} {day} {month} {year}" (Swedish long date)' },
    malgrupp(' ', 'Alla medlemmar särskilt nya'),
    syfte('att öka kunskapen om vårt parti, våra värderingar och vår politik'),
    malgrupp(' ', 'Alla medlemmar'),
    syfte('att fördjupa kunskaperna om hur man uttrycker sig i tal och skrift, debatter, debattartiklar, insändare och social media'),
    syfte('idébaserad diskussion om vad vi vill med vårt parti'),
    syfte('att få fungerande grundorganisations styrelse och valberedningsarbete'),
    syfte('att stärka medvetenhet och kunskap om både nya och gamla media – vikten av att vara aktiv'),
    syfte('att skapa förutsättningar för det framtida socialdemokratiska ledarskapet i partidistriktet'),
    malgrupp(': ', 'arbetarekommunernas fackligt aktiva'),
    syfte('att stärka den fackligt politiska verksamheten'),
  ],
  'skane-hosten-2021': [],
};

export const ADJACENT: Record<string, AdjacentSentence[]> = {
  'norrbotten-2011-2014': [
    { sentence: 'Luleå 2011-10-18', fields: 'issued.asWritten (the document’s dateline, ISO)' },
    { sentence: 'Medlemsutbildning introduktion steg 1 och 2, AK regi, samarbete ABF', fields: 'course.title, course.subtitle' },
    { sentence: 'Medlemsutbildning Steg 3 kreativitet och retorik, AK regi, samarbete ABF', fields: 'course.title, course.subtitle' },
    { sentence: 'Politisk aftonskola, Folkhögskolesamarbete', fields: 'course.title, course.subtitle' },
    { sentence: 'Funktionsutbildningar, lokala, samarbete med ABF', fields: 'course.title, course.subtitle' },
    { sentence: 'Spetskompetensutbildningar, Folkhögskolesamarbete', fields: 'course.title, course.subtitle' },
    { sentence: 'Kommunikationsutbildning, Regional utbildning, Folkhögskolesamarbete', fields: 'course.title, course.subtitle' },
    { sentence: 'Steg 1 Mediakunskap (Stärka kunskapen i att hantera media)', fields: 'step.label, step.title, step.description' },
    {
      sentence: 'Steg 2 Hantering av sociala media (bloggar, facebook etc.) hur kan vi använda det som en naturlig kanal för att tydliggöra vår politik och för att komma närmare väljarna',
      fields: 'step.label, step.title, step.description',
    },
    { sentence: 'Steg 3 Krishantering', fields: 'step.label, step.title' },
  ],
  'skane-hosten-2021': [
    { sentence: 'Facklig-politisk utbildning – ”Insikter” för politiskt förtroendevalda', fields: 'course.title, course.subtitle' },
    { sentence: 'Ledarskapsutbildning – grundläggande för dig som har uppdrag i eller åt partiet.', fields: 'course.title, course.subtitle' },
    {
      sentence:
        'Att vara nyfiken och framtidsinriktad politiker är en nyckel till framgång och därför är det viktigt att du som medlem och folkvald får de bästa förutsättningarna att kunna utöva ditt uppdrag.” (utdrag ur studiematerialet ”Att vara lokalpolitiker”) Partidistriktet inrättar ett utvecklingslag som får i uppdrag att arbeta med utveckling av socialdemokratiskt förtroendevalda i kommunfullmäktige i de skånska kommunerna.',
      fields: 'course.quotes[].text, quote.source, then course.description (quotes before the description)',
    },
  ],
};
