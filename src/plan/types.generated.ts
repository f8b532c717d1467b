/* Generated from schemas/studyplan.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * Dokumentets språk: sv (svenska, standard), nb (norska bokmål) eller en (engelska). Styr rubriker, datum och avstavning. (Language of the document.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "language".
 */
export type Language = 'sv' | 'nb' | 'en';
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
 * En studieplan eller utbildningsplan: ett distrikts, förbunds eller studieförbunds program av utbildningar för en period. (A study plan, as read by studyplan.)
 */
export interface StudyPlan {
  language?: Language;
  /**
   * Slags dokument: studieplan, utbildningsplan, kursprogram, kurskatalog, verksamhetsplan eller other. (Document kind.)
   */
  kind?: 'studieplan' | 'utbildningsplan' | 'kursprogram' | 'kurskatalog' | 'verksamhetsplan' | 'other';
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
  period: Period;
  status?: Status;
  introduction?: Introduction;
  proposal?: Proposal;
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
 * Ort och datum för dokumentet, t.ex. Luleå 2011-10-18. (Place-and-date line.)
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
 * Inledning eller förord. (Introduction or foreword.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "introduction".
 */
export interface Introduction {
  /**
   * Rubrik, t.ex. Utbildningsplan 2011-2014 eller Förord. (Heading.)
   */
  title?: string;
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
  period?: Period;
  /**
   * Inledande text. (Introduction.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  text?: string;
  /**
   * Utbildningarna i avsnittet. (The courses.)
   */
  courses: Course[];
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
  /**
   * Steg eller delar i ordning. (Ordered steps or parts.)
   */
  steps?: Step[];
  prerequisites?: Prerequisites;
  recurrence?: Recurrence;
  /**
   * Tillfällen med datum. (Dated occurrences.)
   */
  occurrences?: Occurrence[];
  registration?: Registration;
  cost?: Cost;
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
   * Länkar. (Links.)
   */
  links?: Link[];
  /**
   * Övrig information som skrivs ut. (Other printed notes.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  notes?: string;
  /**
   * Endast för utskottet: true betyder att detta aldrig skrivs ut i HTML eller PDF. (Committee only: never printed.)
   */
  internal?: boolean;
  /**
   * Interna anteckningar för utskottet; skrivs aldrig ut. (Internal notes for the committee; never printed.) Markdown (CommonMark): stycken, *kursiv*, **fet**, listor och länkar; HTML tillåts inte.
   */
  internalNotes?: string;
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
}
/**
 * Ett steg eller en del i en kursserie. (A step or part.)
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
}
/**
 * Ett tillfälle med datum, tid och plats. (A dated occasion.)
 *
 * This interface was referenced by `StudyPlan`'s JSON-Schema
 * via the `definition` "occurrence".
 */
export interface Occurrence {
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
}
/**
 * Anmälan. (Registration.)
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
   * Omslagsbilden: en JPEG- eller PNG-fil i projektet. (The cover picture: a JPEG or PNG file in the project.)
   */
  coverImage?: string;
  /**
   * Baksidans text i Markdown: adress, kontakter, "Tryckt av …". (The back cover's text, Markdown.)
   */
  backCover?: string;
}
