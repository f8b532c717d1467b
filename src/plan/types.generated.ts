/* Generated from schemas/studyplan.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * Dokumentets språk: sv (svenska, standard), nb (norska bokmål), da (danska) eller en (engelska). Styr rubriker, datum och avstavning. (Language of the document.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "language".
 */
export type Language = 'sv' | 'nb' | 'da' | 'en';
/**
 * Typ av organisation. (Kind of organisation.) party-district = partidistrikt, local-organisation = arbetarekommun, party-association = s-förening/partiförening, national-party = partistyrelsen/partiet nationellt, youth-league = ungdomsförbund, womens-league = kvinnoförbund, union = fackförbund/fackklubb, union-confederation = LO eller annan centralorganisation, study-association = studieförbund (t.ex. ABF), folk-high-school = folkhögskola, other = annat.
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "organisationKind".
 */
export type OrganisationKind =
  | 'party-district'
  | 'local-organisation'
  | 'party-association'
  | 'national-party'
  | 'youth-league'
  | 'womens-league'
  | 'union'
  | 'union-confederation'
  | 'study-association'
  | 'folk-high-school'
  | 'other';
/**
 * Perioden planen (eller avsnittet) gäller, i en av formerna: termin ({term: autumn, year: 2021} = hösten 2021), år ({year: 2022}), flera år ({from: 2011, to: 2014} = 2011–2014), verksamhetsår ({season: 2021/22}) eller exakta datum ({start: 2021-08-01, end: 2021-12-31}). (The period, in one of five forms.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "period".
 */
export type Period =
  | {
      /**
       * Termin: spring = våren, summer = sommaren, autumn = hösten, winter = vintern. (Term.)
       */
      term: 'spring' | 'summer' | 'autumn' | 'winter';
      year: number;
      /**
       * Egen text som visas i stället för den uträknade, t.ex. 'hösten 2021'. (Label override.)
       */
      label?: string;
    }
  | {
      year: number;
      /**
       * Egen text som visas i stället för den uträknade. (Label override.)
       */
      label?: string;
    }
  | {
      from: number;
      to: number;
      /**
       * Egen text som visas i stället för den uträknade. (Label override.)
       */
      label?: string;
    }
  | {
      /**
       * Verksamhetsår eller läsår som går över ett årsskifte, t.ex. 2021/22 (juli–juni). (A season across the new year.)
       */
      season: string;
      /**
       * Egen text som visas i stället för den uträknade. (Label override.)
       */
      label?: string;
    }
  | {
      start: string;
      end: string;
      /**
       * Egen text som visas i stället för den uträknade. (Label override.)
       */
      label?: string;
    };
/**
 * Ett avsnitt. kind väljer sort: courses (utbildningar), calendar (kalender per månad) eller prose (text). (A section: courses, calendar or prose.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "section".
 */
export type Section = CoursesSection | CalendarSection | ProseSection;
/**
 * Målgrupp: en text eller en lista. (Target group(s).)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "audience".
 */
export type Audience = string | [string, ...string[]];
/**
 * En träff: antingen id för en träff i kursens sessions, eller träffen själv. (A session: an id from the course's sessions, or the session itself.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "sessionRef".
 */
export type SessionRef = string | Session;
/**
 * Hur startTime och endTime läses när tillfället är flera dagar: each-day = samma tider varje dag ('10:00–16:00 varje dag'), start-to-end = start första dagen och slut sista dagen ('lördag 09:30 – söndag 15:00'). Utelämnad skrivs tiderna ut som förut. (How the times of a multi-day occasion read: each day, or from the start on the first day to the end on the last.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "timeRange".
 */
export type TimeRange = 'each-day' | 'start-to-end';
/**
 * auto (standard): planens längd avgör; true: alltid; false: aldrig. (auto: the plan's length decides; true: always; false: never.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "layoutChoice".
 */
export type LayoutChoice = 'auto' | true | false;

/**
 * En studieplan eller utbildningsplan: ett distrikts, förbunds eller studieförbunds program av utbildningar för en period. (A study plan, as read by studyplan.)
 */
export interface StudyPlan {
  language?: Language;
  /**
   * Slags dokument: studieplan, utbildningsplan, kursprogram, kurskatalog, verksamhetsplan, other, eller none när dokumentet inte kallar sig något (då står inget sådant ord på omslaget). (Document kind; none prints no kind word.)
   */
  kind?:
    'studieplan' | 'utbildningsplan' | 'kursprogram' | 'kurskatalog' | 'verksamhetsplan' | 'other' | 'none';
  /**
   * Planens titel, t.ex. Utbildningsplan 2011-2014. (Title.)
   */
  title: string;
  /**
   * Underrubrik. (Subtitle.)
   */
  subtitle?: string;
  /**
   * Paroll eller devis på omslaget, t.ex. En plattform för samtalet om framtiden. (Slogan.)
   */
  slogan?: string;
  publisher: Organisation;
  issued?: Issued;
  period?: Period;
  status?: Status;
  /**
   * Meddelanden som visas först: en banderoll, en uppmaning eller ett statusbesked, på omslaget och i planlistan. (Notices shown first: on the cover and in the index.)
   */
  notices?: Notice[];
  introduction?: Introduction;
  proposal?: Proposal;
  practical?: Practical;
  /**
   * Planens avsnitt i ordning. (Sections, in order.)
   */
  sections?: Section[];
  /**
   * Bilagor. (Appendices.)
   */
  appendices?: Appendix[];
  /**
   * Kontaktpersoner för hela planen. (Contacts.)
   */
  contacts?: Contact[];
  /**
   * Mål för hela planen. (Goals.)
   */
  goals?: Goal[];
  /**
   * Länkar. (Links.)
   */
  links?: Link[];
  /**
   * Ordningen som planens delar trycks i efter omslaget (och innehållet och kurskalendern): introduction, proposal, practical, goals, sections (alla avsnitt i sin ordning), contacts, links, appendices. Utan order: just så. Innehållsförteckningen följer samma ordning. Delar som inte nämns följer efter de nämnda, i standardordningen; en del som saknas hoppas över. (The order the plan's parts print in after the cover, contents and course calendar; the contents follow it. Parts not named follow the named ones in the default order; a part the plan does not have is skipped.)
   *
   * @minItems 1
   *
   * Items: En del av planen. (A part of the plan.)
   */
  order?: [
    'introduction' | 'proposal' | 'practical' | 'goals' | 'sections' | 'contacts' | 'links' | 'appendices',
    ...(
      'introduction' | 'proposal' | 'practical' | 'goals' | 'sections' | 'contacts' | 'links' | 'appendices'
    )[]
  ];
  /**
   * Nyckelord till PDF:ens metadata. (Keywords.)
   *
   * Items: Ett nyckelord.
   */
  keywords?: string[];
  brand?: Brand;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  layout?: Layout;
  /**
   * true = skriv veckodagen före varje datum i kurserna och kalendern, som dokumentet gör: onsdag 25 april. Ett tillfälle eller en händelse kan välja själv med weekday. (Print the weekday before every date, as the document does.)
   */
  weekdays?: boolean;
}
/**
 * Organisationen som ger ut planen. (The publishing organisation.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "organisation".
 */
export interface Organisation {
  /**
   * Organisationens namn, t.ex. Socialdemokraterna i Norrbotten. (Name.)
   */
  name: string;
  kind?: OrganisationKind;
  /**
   * Kort namn, t.ex. S Skåne. (Short name.)
   */
  shortName?: string;
  /**
   * Län, region eller ort som organisationen verkar i. (Region.)
   */
  region?: string;
  website?: string;
  email?: string;
  phone?: string;
  /**
   * Postadress eller besöksadress. (Address.)
   */
  address?: string;
}
/**
 * Ort och datum för dokumentet, t.ex. Luleå 2011-10-18; skrivs ut med datumet i ord, som resten av häftet: Luleå 18 oktober 2011, om inte asWritten säger annat. (Place-and-date line; printed with the date in words unless asWritten says otherwise.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "issued".
 */
export interface Issued {
  /**
   * Ort, t.ex. Luleå. (Place.)
   */
  place?: string;
  date?: string;
  asWritten?: string;
}
/**
 * Planens status: utkast, förslag eller fastställd. (Status.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "status".
 */
export interface Status {
  /**
   * Läge: draft = utkast, proposal = förslag till ett möte, adopted = fastställd. Utkast och förslag märks i tryck. (Draft, proposal or adopted.)
   */
  state: 'draft' | 'proposal' | 'adopted';
  /**
   * Vem som lägger förslaget, t.ex. Utvecklingsutskottet. (Proposing body.)
   */
  proposedBy?: string;
  meeting?: Meeting;
  /**
   * Organ som fastställde planen, t.ex. Höstmötet. (Adopting body.)
   */
  adoptedBy?: string;
  adoptedOn?: string;
}
/**
 * Mötet som planen läggs fram för eller antogs av. (The meeting.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  /**
   * Mötets namn, t.ex. Höstmötet eller Distriktskongressen. (Meeting name.)
   */
  name: string;
  date?: string;
  /**
   * Ort eller lokal för mötet. (Place.)
   */
  place?: string;
}
/**
 * Ett meddelande till läsaren: banderoll, uppmaning eller statusbesked. (A notice: banner, call to action or status.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "notice".
 */
export interface Notice {
  /**
   * Sort: banner = banderoll, call-to-action = uppmaning (gärna med länk), status = statusbesked, t.ex. fullbokad. (Kind.)
   */
  kind?: 'banner' | 'call-to-action' | 'status';
  /**
   * Rubrik, t.ex. Dags att rekrytera! (Heading.)
   */
  title?: string;
  /**
   * Meddelandets text. (The text.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text: string;
  url?: string;
  /**
   * Länktext, t.ex. Anmäl intresse. (Link text.)
   */
  linkText?: string;
}
/**
 * Inledning eller förord. (Introduction or foreword.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "introduction".
 */
export interface Introduction {
  /**
   * Rubrik, t.ex. Utbildningsplan 2011-2014 eller Förord; utelämnad blir den Inledning, false skriver ingen rubrik. (Heading; default Introduction; false prints none.)
   */
  title?: string | false;
  /**
   * Inledningens text. (The text.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Citat, t.ex. ur verksamhetsinriktningen. (Quotations.)
   */
  quotes?: Quote[];
  /**
   * Undertecknare. (Signatories.)
   */
  signatures?: Signature[];
}
/**
 * Ett citat med sin källa. (A quotation with its source.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "quote".
 */
export interface Quote {
  /**
   * Citatets text. (The quoted text.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text: string;
  /**
   * Källan, t.ex. Partidistriktets verksamhetsinriktning. (Source.)
   */
  source?: string;
  /**
   * Vem som sagt eller skrivit citatet. (Author.)
   */
  author?: string;
  cite?: string;
}
/**
 * Den som undertecknar. (A signatory.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "signature".
 */
export interface Signature {
  /**
   * Namn. (Name.)
   */
  name: string;
  /**
   * Roll, t.ex. ordförande. (Role.)
   */
  role?: string;
}
/**
 * Förslaget till beslut med att-satser. (The proposal with its decision clauses.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "proposal".
 */
export interface Proposal {
  /**
   * Rubrik, t.ex. Utvecklingsutskottets förslag till höstmötet. (Heading.)
   */
  title?: string;
  /**
   * Text före att-satserna. (Text before the clauses.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Beslutssatserna (att-satser) i ordning; var och en börjar med 'Att'. (The decision clauses, in order.)
   *
   * @minItems 1
   *
   * Items: En att-sats, t.ex. 'Att partidistriktets utbildningsplan fastställs'.
   */
  clauses: [string, ...string[]];
}
/**
 * Praktisk information som gäller alla utbildningar i planen; skrivs ut en gång. (Practical information for the whole plan, printed once.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "practical".
 */
export interface Practical {
  /**
   * Rubrik, t.ex. Bra att veta; utelämnad blir den Praktisk information, false skriver ingen rubrik. (Heading, e.g. Good to know; default Practical information; false prints none.)
   */
  title?: string | false;
  /**
   * Inledande text. (Introduction.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  registration?: Registration;
  /**
   * Arrangör eller samarbetspart för alla kurser, t.ex. studieförbundet. (Organiser of everything.)
   */
  organisers?: Organiser[];
  cost?: Cost;
  /**
   * Kontaktpersoner för frågor om kurserna. (Contacts.)
   */
  contacts?: Contact[];
  /**
   * Länkar. (Links.)
   */
  links?: Link[];
}
/**
 * Anmälan eller ansökan. (Registration or application.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "registration".
 */
export interface Registration {
  /**
   * Hur man anmäler sig, t.ex. 'Anmälan sker via arbetarekommunens studieorganisatör'. (How to register.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  url?: string;
  email?: string;
  deadline?: string;
  /**
   * Antal platser. (Places.)
   */
  capacity?: number;
  /**
   * Läge: open = öppen, full = fullbokad, waitlist = reservlista, closed = stängd, not-yet-open = öppnar senare. (Status.)
   */
  status?: 'open' | 'full' | 'waitlist' | 'closed' | 'not-yet-open';
  /**
   * registration = anmälan (först till kvarn), application = ansökan (med urval och sista ansökningsdag). (Registration or application.)
   */
  kind?: 'registration' | 'application';
  asWritten?: string;
  opens?: string;
}
/**
 * En arrangör eller samarbetspart. (An organiser or partner.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "organiser".
 */
export interface Organiser {
  /**
   * Organisationens namn, t.ex. ABF Skåne eller arbetarekommunen. (Name.)
   */
  name: string;
  /**
   * Roll: in-charge = ansvarig (i regi av), carried-out-by = genomförs av, in-cooperation-with = i samarbete med, commissioned-by = beställare, funded-by = bekostas av, host = värd. (Role.)
   */
  role?: 'in-charge' | 'carried-out-by' | 'in-cooperation-with' | 'commissioned-by' | 'funded-by' | 'host';
  kind?: OrganisationKind;
}
/**
 * Kostnad. (Cost.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "cost".
 */
export interface Cost {
  /**
   * Kostnadsfri för deltagaren. (Free of charge.)
   */
  free?: boolean;
  /**
   * Avgift per deltagare. (Fee.)
   */
  amount?: number;
  /**
   * Valuta, t.ex. SEK. (Currency, ISO 4217.)
   */
  currency?: string;
  /**
   * Vem som betalar, t.ex. partidistriktet. (Who pays.)
   */
  paidBy?: string;
  /**
   * Vad som inte ersätts, t.ex. resekostnader. (Not covered.)
   *
   * Items: Något som inte ersätts.
   */
  notCovered?: string[];
  /**
   * Kostnaden i ord. (Cost in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Vad priset omfattar, t.ex. kost, logi och litteratur. (What the price includes.)
   *
   * Items: Något som ingår.
   */
  includes?: string[];
  /**
   * Undantag, t.ex. resan betalas av deltagaren utom till sista träffen. (Exceptions.)
   *
   * Items: Ett undantag.
   */
  exceptions?: string[];
  /**
   * Vem som kan betala i stället, t.ex. arbetarekommunen eller fackklubben. (Who may pay instead.)
   *
   * Items: En möjlig betalare.
   */
  otherPayers?: string[];
  asWritten?: string;
  /**
   * Vem som betalar vad, när det bara gäller en del av kostnaden: t.ex. förbundet betalar resan, arbetsgivaren den förlorade arbetsförtjänsten. (Who pays which part of the cost: travel, lodging, a share.)
   */
  contributions?: Contribution[];
}
/**
 * En betalare och den del av kostnaden den står för. (A payer and the part of the cost it covers.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "contribution".
 */
export interface Contribution {
  /**
   * Vem som betalar, t.ex. förbundet eller arbetsgivaren. (Who pays.)
   */
  by: string;
  /**
   * Vad betalaren står för: travel = resan, lodging = logi, board = kost, fee = kursavgiften, lost-earnings = förlorad arbetsförtjänst, part = en del av kostnaden, all = hela kostnaden. (What the payer covers.)
   *
   * @minItems 1
   *
   * Items: En del av kostnaden.
   */
  covers: [
    'travel' | 'lodging' | 'board' | 'fee' | 'lost-earnings' | 'part' | 'all',
    ...('travel' | 'lodging' | 'board' | 'fee' | 'lost-earnings' | 'part' | 'all')[]
  ];
  /**
   * Villkoret i ord, t.ex. 'billigaste färdsätt'; trycks inom parentes. (The condition in words, printed in brackets.)
   */
  text?: string;
}
/**
 * En kontaktperson. (A contact person.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "contact".
 */
export interface Contact {
  /**
   * Namn. (Name.)
   */
  name: string;
  /**
   * Roll eller uppdrag, t.ex. studieorganisatör. (Role.)
   */
  role?: string;
  /**
   * Organisation eller arbetsplats, t.ex. partidistriktets expedition. (Organisation.)
   */
  organisation?: string;
  email?: string;
  phone?: string;
  /**
   * Övrigt om kontakten. (More about the contact.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * En länk. (A link.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "link".
 */
export interface Link {
  /**
   * Länktext. (Link text.)
   */
  title: string;
  url: string;
}
/**
 * Avsnitt med utbildningar. (Section of courses.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "coursesSection".
 */
export interface CoursesSection {
  /**
   * Ett avsnitt med utbildningar. (A section of courses.)
   */
  kind: 'courses';
  id?: string;
  /**
   * Avsnittets rubrik. Utelämnad skrivs ingen rubrik ut: kurserna står direkt under det som kommer före, en rubriknivå upp (i innehållet och PDF:ens bokmärken också), som i en kallelse till en enda kurs. (Heading. Left out, none is printed: the courses stand on their own, one heading level up, as in a notice of one course.)
   */
  title?: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  period?: Period;
  /**
   * Inledande text. (Introduction.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Utbildningarna i avsnittet. (The courses.)
   */
  courses: Course[];
  /**
   * Mål för avsnittet, tryckta under det. (Goals.)
   */
  goals?: Goal[];
  /**
   * Bilder. (Images.)
   */
  images?: Image[];
  /**
   * Ordningen som avsnittets delar trycks i under rubriken: text, images, goals, courses, sections. Utan order: text, images, goals, courses, sections. Delar som inte nämns följer efter de nämnda, i standardordningen; en del som saknas hoppas över. (The order the section's parts print in under its heading. Parts not named follow the named ones in the default order; a part the plan does not have is skipped.)
   *
   * @minItems 1
   *
   * Items: En del av avsnittet. (A part of the section.)
   */
  order?: [
    'text' | 'images' | 'goals' | 'courses' | 'sections',
    ...('text' | 'images' | 'goals' | 'courses' | 'sections')[]
  ];
  /**
   * Underavsnitt i ordning, med egna rubriker en nivå ned (i innehållet och PDF:ens bokmärken). (Sub-sections, one level down.)
   */
  sections?: Section[];
}
/**
 * En utbildning. (A course.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "course".
 */
export interface Course {
  id: string;
  /**
   * Kursens namn. (Title.)
   */
  title: string;
  /**
   * Underrubrik. (Subtitle.)
   */
  subtitle?: string;
  /**
   * Meddelanden vid kursens rubrik, t.ex. fullbokad; nästa omgång startar hösten 2022. (Notices by the course heading.)
   */
  notices?: Notice[];
  /**
   * Kort ingress som visas först. (Short lead.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  summary?: string;
  /**
   * Beskrivning av utbildningen. (Description.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  description?: string;
  /**
   * Syfte. (Purpose.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  purpose?: string;
  audience?: Audience;
  /**
   * Nivå: local = lokal (arbetarekommun), regional = regional (distrikt), national = nationell, international = internationell. (Scope.)
   */
  scope?: 'local' | 'regional' | 'national' | 'international';
  /**
   * Arrangörer och samarbetsparter med roller. (Organisers and partners.)
   */
  organisers?: Organiser[];
  /**
   * Genomförande: physical = på plats, digital = digitalt, blended = både och. (Delivery mode.)
   */
  delivery?: 'physical' | 'digital' | 'blended';
  /**
   * true = internat (övernattning), false = externat. (Residential or not.)
   */
  residential?: boolean;
  format?: Format;
  period?: Period;
  nextStart?: string;
  pace?: Pace;
  workload?: Workload;
  /**
   * Steg eller delar i ordning. (Ordered steps or parts.)
   */
  steps?: Step[];
  /**
   * Träffar som definieras en gång och som stegen hänvisar till med id. (Sessions defined once, referred to by id.)
   */
  sessions?: Session[];
  prerequisites?: Prerequisites;
  recurrence?: Recurrence;
  /**
   * Tillfällen med datum. (Dated occurrences.)
   */
  occurrences?: Occurrence[];
  registration?: Registration;
  cost?: Cost;
  completion?: Completion;
  /**
   * Kontaktpersoner. (Contacts.)
   */
  contacts?: Contact[];
  /**
   * Mål. (Goals.)
   */
  goals?: Goal[];
  /**
   * Historik. (History.)
   */
  history?: HistoryNote[];
  /**
   * Citat. (Quotations.)
   */
  quotes?: Quote[];
  /**
   * Bilder. (Images.)
   */
  images?: Image[];
  /**
   * Länkar. (Links.)
   */
  links?: Link[];
  /**
   * Övrig information som skrivs ut. (Other printed notes.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  notes?: string;
  /**
   * Ordningen som kursens delar trycks i, uppifrån och ned: facts (faktarutan överst: tid, plats, kostnad, anmälan, kontakt), summary, quotes, description, images, steps, details (övriga fakta: målgrupp, syfte, form …), eller en enskild egenskap som audience eller registration, som då trycks för sig på sin plats och inte i sin grupp. Utan order: facts, summary, quotes, description, images, steps, details. Delar som inte nämns följer efter de nämnda, i standardordningen; en del som saknas hoppas över. (The order the course's parts print in: facts (the facts block: when, where, cost, registration, contact), summary, quotes, description, images, steps, details (the other facts), or one property such as audience or registration, printed on its own at its place. Parts not named follow the named ones in the default order; a part the plan does not have is skipped.)
   *
   * @minItems 1
   *
   * Items: En del av kursen: facts, details, summary, quotes, description, images, steps eller en egenskap. (A part of the course.)
   */
  order?: [
    (
      | 'facts'
      | 'summary'
      | 'quotes'
      | 'description'
      | 'images'
      | 'steps'
      | 'details'
      | 'audience'
      | 'purpose'
      | 'format'
      | 'period'
      | 'nextStart'
      | 'pace'
      | 'workload'
      | 'scope'
      | 'organisers'
      | 'prerequisites'
      | 'occurrences'
      | 'recurrence'
      | 'registration'
      | 'cost'
      | 'completion'
      | 'contacts'
      | 'goals'
      | 'history'
      | 'links'
      | 'notes'
    ),
    ...(
      | 'facts'
      | 'summary'
      | 'quotes'
      | 'description'
      | 'images'
      | 'steps'
      | 'details'
      | 'audience'
      | 'purpose'
      | 'format'
      | 'period'
      | 'nextStart'
      | 'pace'
      | 'workload'
      | 'scope'
      | 'organisers'
      | 'prerequisites'
      | 'occurrences'
      | 'recurrence'
      | 'registration'
      | 'cost'
      | 'completion'
      | 'contacts'
      | 'goals'
      | 'history'
      | 'links'
      | 'notes'
    )[]
  ];
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  /**
   * Kursens kod eller nummer i katalogen, t.ex. BM1; trycks före namnet. (The course's code or catalogue number, printed before the title.)
   */
  code?: string;
  /**
   * course = en utbildning (standard), meeting = ett möte, en träff eller en konferens som inte är en kurs: den trycks utan kursord (t.ex. Period i stället för Kursperiod, Mötesledare i stället för Kursledare) och blir en Event i JSON-LD. (course, or meeting: a meeting that is not a course, printed without course words.)
   */
  kind?: 'course' | 'meeting';
  /**
   * Kursens innehåll som en lista av ämnen eller moment (inte steg med egna datum), tryckt som en punktlista under Innehåll. (The course's content as a list of topics, distinct from steps.)
   *
   * @minItems 1
   *
   * Items: Ett ämne eller moment.
   */
  topics?: [string, ...string[]];
  /**
   * Inledningen före innehållslistan, med dokumentets egna ord, t.ex. 'På kursen går vi igenom:'; trycks i stället för rubriken Innehåll. (The lead-in before the topics, printed instead of the label.)
   */
  topicsLead?: string;
  /**
   * Inledningen före mållistan, med dokumentets egna ord, t.ex. 'Efter kursen ska du:'; målen trycks då som en punktlista under den, i stället för rubriken Mål. (The lead-in before the goals; the goals then print as a list under it, instead of the label.)
   */
  goalsLead?: string;
  /**
   * Kursledare, lärare, föreläsare och andra medverkande med roll. (Leaders, teachers, speakers and others taking part, with their role.)
   */
  people?: Person[];
  credits?: Credits;
  exam?: Exam;
  studentFinance?: StudentFinance;
  attendance?: Attendance;
  /**
   * Studiematerial: böcker, häften, länkar. (Study materials: books, booklets, links.)
   */
  materials?: Material[];
}
/**
 * Utbildningens form och omfattning. (Format and workload.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "format".
 */
export interface Format {
  /**
   * Form: course = kurs, study-circle = studiecirkel, conference = konferens, one-day = endagsutbildning, seminar = seminarium, webinar = webbinarium, lecture = föreläsning, programme = program i flera delar, process = processutbildning, mentoring = mentorskap, network-meeting = nätverksträff, self-study = självstudier. (Format.)
   */
  type?:
    | 'course'
    | 'study-circle'
    | 'conference'
    | 'one-day'
    | 'seminar'
    | 'webinar'
    | 'lecture'
    | 'programme'
    | 'process'
    | 'mentoring'
    | 'network-meeting'
    | 'self-study';
  /**
   * Antal dagar. (Days.)
   */
  days?: number;
  /**
   * Antal helger. (Weekends.)
   */
  weekends?: number;
  /**
   * Antal träffar. (Sessions.)
   */
  sessions?: number;
  /**
   * Antal timmar. (Hours.)
   */
  hours?: number;
  /**
   * Formen i ord, t.ex. 'En till två dagars utbildning'. (Format in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  asWritten?: string;
}
/**
 * Studietakt. (Pace of study.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "pace".
 */
export interface Pace {
  /**
   * Takt: full-time = heltid, three-quarter-time = 75 %, half-time = halvfart, quarter-time = kvartsfart, part-time = deltid. (Rate.)
   */
  rate?: 'full-time' | 'three-quarter-time' | 'half-time' | 'quarter-time' | 'part-time';
  /**
   * Timmar per vecka mellan träffarna, t.ex. 4. (Hours per week.)
   */
  hoursPerWeek?: number;
  /**
   * Takten i ord. (Pace in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  asWritten?: string;
}
/**
 * Total arbetsinsats. (Total workload.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "workload".
 */
export interface Workload {
  /**
   * Timmar totalt. (Total hours.)
   */
  hours?: number;
  /**
   * Antal veckor. (Weeks.)
   */
  weeks?: number;
  /**
   * Arbetsinsatsen i ord. (Workload in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  asWritten?: string;
}
/**
 * Ett steg, en nivå eller en del i en kursserie. (A step, level or part.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "step".
 */
export interface Step {
  /**
   * Stegets beteckning, t.ex. Steg 1 eller Del 2. (Label.)
   */
  label?: string;
  /**
   * Stegets namn, t.ex. Mediakunskap. (Title.)
   */
  title: string;
  /**
   * Vad steget handlar om. (Content.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  description?: string;
  /**
   * Moduler i steget. (Modules.)
   */
  modules?: Module[];
  /**
   * Träffarna i steget i ordning: id för en träff i kursens sessions, eller träffen själv. (The step's sessions, in order.)
   */
  sessions?: SessionRef[];
  /**
   * Alternativa tillfällen för steget (t.ex. i olika orter); deltagaren väljer ett. (Alternative occurrences; the participant picks one.)
   */
  occurrences?: Occurrence[];
  /**
   * Stegets kod, t.ex. F2; trycks före namnet. (The step's code, printed before the title.)
   */
  code?: string;
  /**
   * Hur många dagar steget tar, t.ex. 2. (Days the step takes.)
   */
  days?: number;
  /**
   * Hur många timmar steget omfattar, t.ex. 12. (Hours of the step.)
   */
  hours?: number;
  /**
   * Kursledare, lärare och föreläsare för just det här steget. (Leaders, teachers and speakers of this step.)
   */
  people?: Person[];
}
/**
 * En modul inom ett steg. (A module of a step.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "module".
 */
export interface Module {
  /**
   * Modulens namn. (Module title.)
   */
  title: string;
  /**
   * Vad modulen handlar om. (Content.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  description?: string;
  /**
   * Modulens kod, t.ex. BM1; trycks före namnet. (The module's code, printed before the title.)
   */
  code?: string;
  /**
   * Hur många dagar modulen tar, t.ex. 2. (Days the module takes.)
   */
  days?: number;
  /**
   * Hur många timmar modulen omfattar, t.ex. 12. (Hours of the module.)
   */
  hours?: number;
}
/**
 * En namngiven träff eller ett pass i en nivå; definieras en gång och kan återkomma via sitt id. (A named session, defined once.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "session".
 */
export interface Session {
  id?: string;
  /**
   * Träffens namn, t.ex. Retorik och debatt. (Title.)
   */
  title: string;
  /**
   * Vad träffen handlar om. (Content.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  description?: string;
  /**
   * Antal timmar. (Hours.)
   */
  hours?: number;
  asWritten?: string;
  /**
   * true = valbar träff: deltagaren väljer ett av alternativen i options. (An elective session.)
   */
  elective?: boolean;
  /**
   * Alternativen att välja mellan för en valbar träff. (Options of an elective.)
   *
   * Items: Ett alternativ.
   */
  options?: string[];
  /**
   * Träffens kod, t.ex. A3; trycks före namnet. (The session's code, printed before the title.)
   */
  code?: string;
  /**
   * Föreläsare, lärare eller samtalsledare för just den här träffen. (Speakers, teachers or moderators of this session.)
   */
  people?: Person[];
}
/**
 * En person som medverkar i en kurs: kursledare, lärare, föreläsare. (A person taking part in a course, with a role.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "person".
 */
export interface Person {
  /**
   * Namn. (Name.)
   */
  name: string;
  /**
   * Roll: leader = kursledare, teacher = lärare, speaker = föreläsare, moderator = moderator, chair = mötesordförande, guest = gäst, other = medverkande. Personer med samma roll trycks efter varandra under rollens rubrik. (Role; people of one role print together under its label.)
   */
  role?: 'leader' | 'teacher' | 'speaker' | 'moderator' | 'chair' | 'guest' | 'other';
  /**
   * Rollen med dokumentets egna ord, t.ex. 'kursansvarig', tryckt i stället för rollens ord. (The role in the document's own words.)
   */
  roleText?: string;
  /**
   * Organisation eller arbetsplats, t.ex. LO-distriktet. (Organisation.)
   */
  organisation?: string;
  /**
   * Mer om personen, t.ex. vad hen håller i. (More about the person.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Ett tillfälle med datum, tid och plats. (A dated occasion.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "occurrence".
 */
export interface Occurrence {
  /**
   * Tillfällets beteckning, t.ex. Internat 1. (Label.)
   */
  label?: string;
  /**
   * Tillfällets tema, t.ex. Organisering och ledarskap. (Theme.)
   */
  theme?: string;
  date?: string;
  endDate?: string;
  /**
   * Flera datum för samma tillfälle, t.ex. träffar i en serie. (Several dates.)
   *
   * @minItems 1
   */
  dates?: [string, ...string[]];
  startTime?: string;
  endTime?: string;
  /**
   * Lokal eller plats, t.ex. ABF-huset. (Venue.)
   */
  venue?: string;
  /**
   * Adress. (Address.)
   */
  address?: string;
  /**
   * Ort. (Town.)
   */
  town?: string;
  /**
   * Sker digitalt. (Online.)
   */
  online?: boolean;
  /**
   * Sker lokalt i varje arbetarekommun. (Held locally in each local organisation.)
   */
  locally?: boolean;
  url?: string;
  /**
   * Övrigt om tillfället. (More about the occasion.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Antal timmar för tillfället. (Hours.)
   */
  hours?: number;
  /**
   * Lokalens läge: confirmed = klar, to-be-announced = meddelas senare (t.ex. med e-post före träffen). (Venue state.)
   */
  venueStatus?: 'confirmed' | 'to-be-announced';
  /**
   * Datumets läge: confirmed = bestämt, to-be-agreed = bestäms i gruppen (t.ex. en studiecirkel), to-be-announced = meddelas senare. Ett tillfälle utan bestämt datum står i häftet med de orden, men inte i kurskalendern eller .ics. (Date state: agreed in the group or announced later; no calendar entry.)
   */
  dateStatus?: 'confirmed' | 'to-be-agreed' | 'to-be-announced';
  asWritten?: string;
  /**
   * true = skriv veckodagen före datumet, t.ex. onsdag 25 april; false = aldrig, även när planens weekdays är true. Utelämnad gäller planens weekdays. (Print the weekday before the date.)
   */
  weekday?: boolean;
  timeRange?: TimeRange;
}
/**
 * Förkunskapskrav: kurser i planen och/eller fri text. (Prerequisites.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "prerequisites".
 */
export interface Prerequisites {
  /**
   * Kurser (id) som deltagaren ska ha gått. (Required courses, by id.)
   *
   * @minItems 1
   */
  courses?: [string, ...string[]];
  /**
   * Förkunskapskraven i ord, t.ex. 'eller likvärdig utbildning'. (Prerequisites in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Hur ofta utbildningen ges, utan datum. (Recurrence without dates.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "recurrence".
 */
export interface Recurrence {
  /**
   * Hur många gånger. (How many times.)
   */
  count?: number;
  /**
   * Per: week = vecka, month = månad, term = termin, year = år. (Per.)
   */
  per?: 'week' | 'month' | 'term' | 'year';
  /**
   * Ges vid behov eller på begäran. (Given on request.)
   */
  onRequest?: boolean;
  /**
   * Återkomsten i ord, t.ex. 'två gånger per år' eller 'vid behov'. (Recurrence in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  asWritten?: string;
}
/**
 * Vad som krävs för diplom eller intyg. (Completion rule for a diploma or certificate.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "completion".
 */
export interface Completion {
  /**
   * Vad deltagaren får: diploma = diplom, certificate = intyg, course-certificate = kursbevis. (Award.)
   */
  award?: 'diploma' | 'certificate' | 'course-certificate';
  /**
   * Villkoret, t.ex. Diplom för den som deltagit i alla fyra stegen. (The rule.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text: string;
}
/**
 * Ett mål, gärna med tal och år. (A goal with a number and a year.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "goal".
 */
export interface Goal {
  /**
   * Målet i ord. (The goal in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text: string;
  /**
   * Målet som tal, t.ex. 600. (Target number.)
   */
  target?: number;
  /**
   * Vad talet räknar, t.ex. ledare eller kf-grupper. (Unit.)
   */
  unit?: string;
  year?: number;
  /**
   * Slags mål: knowledge = kunskaper, skills = färdigheter, attitudes = förhållningssätt (attityder). Målen trycks i grupper efter slag, i den ordning slagen först förekommer. (Kind of goal: knowledge, skills or attitudes; goals print grouped by kind.)
   */
  kind?: 'knowledge' | 'skills' | 'attitudes';
}
/**
 * En historisk notering. (A history note.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "historyNote".
 */
export interface HistoryNote {
  year?: number;
  /**
   * Vad som hänt, t.ex. att satsningen påbörjades 2019. (What happened.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text: string;
}
/**
 * En bild ur planens egen mapp (aldrig en webbadress), med alternativtext och bildtext. (An image from the plan's own folder, never a remote URL.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "image".
 */
export interface Image {
  /**
   * Sökväg till bildfilen, relativt planfilens mapp, t.ex. bilder/kursgard.jpg (png, jpg, gif, webp eller svg). (Path relative to the plan's folder.)
   */
  src: string;
  /**
   * Alternativtext: vad bilden visar, för den som inte ser den. (Alt text.)
   */
  alt?: string;
  /**
   * Bildtext under bilden. (Caption.)
   */
  caption?: string;
  /**
   * Fotograf eller källa, t.ex. Foto: Anna Berg. (Credit.)
   */
  credit?: string;
}
/**
 * Poäng som en kurs ger. (Credits.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "credits".
 */
export interface Credits {
  /**
   * Antal poäng, t.ex. 7.5. (Number of credits.)
   */
  value?: number;
  /**
   * Poängsystem: higher-education-credits = högskolepoäng (hp), ects = ECTS-poäng, study-points = studiepoeng (Norge), folk-high-school-weeks = folkhögskoleveckor, other = annat (säg det i text). (Credit system.)
   */
  system?: 'higher-education-credits' | 'ects' | 'study-points' | 'folk-high-school-weeks' | 'other';
  /**
   * Poängen i ord, t.ex. 'tillgodoräknas i facklig grundutbildning'. (Credits in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Examination. (Exam or assessment.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "exam".
 */
export interface Exam {
  /**
   * Slag: written = skriftligt prov, oral = muntligt prov, assignment = inlämningsuppgift, practical = praktiskt prov, none = ingen examination. (Kind of exam.)
   */
  kind?: 'written' | 'oral' | 'assignment' | 'practical' | 'none';
  /**
   * Examinationen i ord. (The exam in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Rätt till studiemedel. (Eligibility for student finance.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "studentFinance".
 */
export interface StudentFinance {
  /**
   * true = kursen ger rätt till studiemedel, false = den gör det inte. (Eligible or not.)
   */
  eligible: boolean;
  /**
   * Vem som ger studiemedlet: csn = CSN (Sverige), lanekassen = Lånekassen (Norge), su = SU (Danmark), other = annan (säg det i text). (Who gives it.)
   */
  scheme?: 'csn' | 'lanekassen' | 'su' | 'other';
  /**
   * Studiemedlet i ord, t.ex. 'ansök hos CSN senast sex veckor före start'. (In words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Närvarokrav. (Attendance rule.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "attendance".
 */
export interface Attendance {
  /**
   * true = deltagaren ska vara med på alla träffar i serien. (Every meeting of the series must be attended.)
   */
  allSessions?: boolean;
  /**
   * Lägsta närvaro i procent, t.ex. 80. (Minimum attendance in per cent.)
   */
  minimumPercent?: number;
  /**
   * Närvarokravet i ord. (The rule in words.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Ett studiematerial: en bok, ett häfte, en länk. (A study material: a book, a booklet, a link.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "material".
 */
export interface Material {
  /**
   * Titel. (Title.)
   */
  title: string;
  /**
   * Författare eller utgivare. (Author or publisher.)
   */
  author?: string;
  url?: string;
  /**
   * Mer om materialet, t.ex. att det delas ut på kursen. (More about it.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
}
/**
 * Kalender per månad. (Calendar by month.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "calendarSection".
 */
export interface CalendarSection {
  /**
   * En kalender per månad. (A calendar by month.)
   */
  kind: 'calendar';
  id?: string;
  /**
   * Avsnittets rubrik; utelämnad blir den Kalender, false skriver ingen rubrik (månaderna står då en rubriknivå upp). (Heading; default Calendar; false prints none, and the months move one heading level up.)
   */
  title?: string | false;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  period?: Period;
  /**
   * Inledande text. (Introduction.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Månaderna i ordning. (The months, in order.)
   *
   * @minItems 1
   */
  months: [CalendarMonth, ...CalendarMonth[]];
  /**
   * Mål för avsnittet, tryckta under det. (Goals.)
   */
  goals?: Goal[];
  /**
   * Bilder. (Images.)
   */
  images?: Image[];
  /**
   * Ordningen som avsnittets delar trycks i under rubriken: text, images, goals, months, sections. Utan order: text, images, goals, months, sections. Delar som inte nämns följer efter de nämnda, i standardordningen; en del som saknas hoppas över. (The order the section's parts print in under its heading. Parts not named follow the named ones in the default order; a part the plan does not have is skipped.)
   *
   * @minItems 1
   *
   * Items: En del av avsnittet. (A part of the section.)
   */
  order?: [
    'text' | 'images' | 'goals' | 'months' | 'sections',
    ...('text' | 'images' | 'goals' | 'months' | 'sections')[]
  ];
  /**
   * Underavsnitt i ordning, med egna rubriker en nivå ned (i innehållet och PDF:ens bokmärken). (Sub-sections, one level down.)
   */
  sections?: Section[];
}
/**
 * En månad i kalendern. (A month.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "calendarMonth".
 */
export interface CalendarMonth {
  /**
   * Månad i formen ÅÅÅÅ-MM, t.ex. 2021-09. (Month.)
   */
  month: string;
  /**
   * Text om månaden. (About the month.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Händelserna i månaden. (Events.)
   */
  events?: CalendarEvent[];
}
/**
 * En händelse i kalendern. (A calendar event.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "calendarEvent".
 */
export interface CalendarEvent {
  date: string;
  endDate?: string;
  startTime?: string;
  endTime?: string;
  /**
   * Vad som händer. (What.)
   */
  title: string;
  course?: string;
  /**
   * Lokal. (Venue.)
   */
  venue?: string;
  /**
   * Ort. (Town.)
   */
  town?: string;
  /**
   * Digitalt. (Online.)
   */
  online?: boolean;
  /**
   * Mer om händelsen. (More.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Slag: training = utbildning, conference = konferens, meeting = möte, campaign = kampanj, deadline = sista dag, other = annat. (Kind.)
   */
  kind?: 'training' | 'conference' | 'meeting' | 'campaign' | 'deadline' | 'other';
  audience?: Audience;
  asWritten?: string;
  /**
   * true = skriv veckodagen före datumet, t.ex. onsdag 25 april; false = aldrig, även när planens weekdays är true. Utelämnad gäller planens weekdays. (Print the weekday before the date.)
   */
  weekday?: boolean;
  timeRange?: TimeRange;
}
/**
 * Textavsnitt. (Prose section.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "proseSection".
 */
export interface ProseSection {
  /**
   * Ett textavsnitt, t.ex. praktisk information eller roller. (A prose section.)
   */
  kind: 'prose';
  id?: string;
  /**
   * Avsnittets rubrik. (Heading.)
   */
  title: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  /**
   * Avsnittets text. (The text.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Citat. (Quotations.)
   */
  quotes?: Quote[];
  /**
   * Kontaktpersoner. (Contacts.)
   */
  contacts?: Contact[];
  /**
   * Länkar. (Links.)
   */
  links?: Link[];
  /**
   * Mål för avsnittet, tryckta under det. (Goals.)
   */
  goals?: Goal[];
  /**
   * Bilder. (Images.)
   */
  images?: Image[];
  /**
   * Ordningen som avsnittets delar trycks i under rubriken: text, images, goals, quotes, contacts, links, sections. Utan order: text, images, goals, quotes, contacts, links, sections. Delar som inte nämns följer efter de nämnda, i standardordningen; en del som saknas hoppas över. (The order the section's parts print in under its heading. Parts not named follow the named ones in the default order; a part the plan does not have is skipped.)
   *
   * @minItems 1
   *
   * Items: En del av avsnittet. (A part of the section.)
   */
  order?: [
    'text' | 'images' | 'goals' | 'quotes' | 'contacts' | 'links' | 'sections',
    ...('text' | 'images' | 'goals' | 'quotes' | 'contacts' | 'links' | 'sections')[]
  ];
  /**
   * Underavsnitt i ordning, med egna rubriker en nivå ned (i innehållet och PDF:ens bokmärken). (Sub-sections, one level down.)
   */
  sections?: Section[];
}
/**
 * En bilaga. (An appendix.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "appendix".
 */
export interface Appendix {
  id?: string;
  /**
   * Avsnittets rubrik. (Heading.)
   */
  title: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
  /**
   * Bilagans text. (The text.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Citat. (Quotations.)
   */
  quotes?: Quote[];
  /**
   * Länkar. (Links.)
   */
  links?: Link[];
  /**
   * Mål för avsnittet, tryckta under det. (Goals.)
   */
  goals?: Goal[];
  /**
   * Bilder. (Images.)
   */
  images?: Image[];
}
/**
 * Färg, logotyp, omslagsbild och baksida. (Colour, logo, cover picture and back cover.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "brand".
 */
export interface Brand {
  /**
   * Accentfärgen som #rrggbb: rubriker, omslag, utkastremsa, linjer. Vit text på den behöver kontrast 4,5:1. (The accent colour as #rrggbb; white text on it needs a contrast of 4.5:1.)
   */
  color?: string;
  /**
   * Logotypen: en SVG-, PNG- eller JPEG-fil i projektet. (The logo: an SVG, PNG or JPEG file in the project.)
   */
  logo?: string;
  /**
   * Logotypen för mörk bakgrund (negativ, ofta vit): en SVG-, PNG- eller JPEG-fil i projektet. Skrivs på omslagets färgade yta, logo på vit bakgrund. Utan den får en ljus logo en platta i accentfärgen där sidan är vit. (The logo for a dark background, often white: printed on the coloured cover, logo on white; without it a light logo gets a plate in the accent colour where the page is white.)
   */
  logoOnDark?: string;
  /**
   * Omslagsbilden: en JPEG- eller PNG-fil i projektet. (The cover picture: a JPEG or PNG file in the project.)
   */
  coverImage?: string;
  /**
   * Baksidans text i Markdown: adress, kontakter, "Tryckt av …". (The back cover's text, Markdown.)
   */
  backCover?: string;
}
/**
 * Omslag, innehållsförteckning och kurskalender: auto (standard) låter planens längd avgöra, så att en kallelse på en sida får varken innehåll eller kurskalender; true tar alltid med sidan, false aldrig. (Cover, contents and course calendar: auto lets the plan's length decide; true always, false never.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "layout".
 */
export interface Layout {
  cover?: LayoutChoice;
  contents?: LayoutChoice;
  courseCalendar?: LayoutChoice;
}
