/* Generated from schemas/studyplan.config.schema.json by scripts/generate-types.mjs. Do not edit. */

/**
 * auto (standard): planens längd avgör; true: alltid; false: aldrig. (auto: the plan's length decides; true: always; false: never.)
 *
 * This interface was referenced by `StudyplanConfig`'s JSON-Schema
 * via the `definition` "configLayoutChoice".
 */
export type ConfigLayoutChoice = 'auto' | true | false;

/**
 * Inställningar för studyplan i ett projekt: var planerna finns, vad som byggs och hur lint bedömer planerna. Flaggor på kommandoraden går före. (Project settings for studyplan; command-line flags win.)
 */
export interface StudyplanConfig {
  /**
   * Var planerna finns: en mapp, en fil eller ett glob-mönster, eller en lista av dem, relativt till den här filen. Standard plans/. (Where the plans are: a folder, file or glob, or a list of them, relative to this file. Default plans/.)
   */
  plans?: string | [string, ...string[]];
  /**
   * Mappen där häftena (HTML och PDF) hamnar. Standard out/. (Output folder. Default out/.)
   */
  out?: string;
  /**
   * Mallen för häftet: namnet på en inbyggd mall (booklet) eller en egen mallmapp. (Template: a built-in name such as booklet, or a template folder.)
   */
  template?: string;
  /**
   * Vad som byggs: html, pdf och json (öppna data, OUT/NAMN.json). (What to build: html, pdf and json, the open data.)
   */
  formats?: string | ['html' | 'pdf' | 'json', ...('html' | 'pdf' | 'json')[]];
  /**
   * Språk för rubriker och datum i häftet; annars planens eget språk. (Language of headings and dates in the booklet; otherwise the plan's own.)
   */
  lang?: 'sv' | 'en' | 'nb' | 'da';
  /**
   * Hur många PDF:er som skrivs ut samtidigt. Standard: antalet kärnor. (How many PDFs are printed at once. Default: the number of cores.)
   */
  concurrency?: number;
  /**
   * Skriv också det vikta A5-häftet, OUT/NAMN.booklet.pdf. (Also write the folded A5 booklet.)
   */
  booklet?: boolean;
  brand?: ConfigBrand;
  layout?: ConfigLayout;
  /**
   * Var häftena publiceras: adressen som länkar i kalenderfiler och sökmotordata pekar på, tidszonen och GitHub Pages. (Where the booklets are published.)
   */
  site?: {
    /**
     * Webbadressen till out/, t.ex. https://example.se/studieplaner/. (The published address of out/.)
     */
    url?: string;
    /**
     * Tidszon för planernas klockslag, t.ex. Europe/Stockholm (standard) eller Europe/Oslo. (Time zone of the plans' clock times.)
     */
    timeZone?: string;
    /**
     * true: CI-flödet som init skriver publicerar out/ på GitHub Pages. (The CI workflow publishes out/ to GitHub Pages.)
     */
    pages?: boolean;
  };
  rules?: ConfigRuleLevels;
  /**
   * Andra allvarligheter för vissa filer; en senare post går före en tidigare. (Severities for some files; a later entry wins.)
   *
   * Items: Regler för filerna som matchar files. (Rules for the files matching files.)
   */
  overrides?: {
    /**
     * Glob-mönster relativt till den här filen, t.ex. plans/utkast-*.yaml. (Globs relative to this file.)
     */
    files: string | [string, ...string[]];
    rules: ConfigRuleLevels;
  }[];
}
/**
 * Färg, logotyp, omslagsbild och baksida. Filerna ska ligga i projektet; sökvägar är relativa till den här filen. (Colour, logo, cover picture and back cover; files inside the project, paths relative to this file.)
 *
 * This interface was referenced by `StudyplanConfig`'s JSON-Schema
 * via the `definition` "configBrand".
 */
export interface ConfigBrand {
  /**
   * Accentfärgen som #rrggbb: rubriker, omslag, utkastremsa, linjer. Vit text på den behöver kontrast 4,5:1. (The accent colour as #rrggbb; white text on it needs a contrast of 4.5:1.)
   */
  color?: string;
  /**
   * Logotypen: en SVG-, PNG- eller JPEG-fil i projektet, t.ex. assets/logo.svg. (The logo: an SVG, PNG or JPEG file in the project.)
   */
  logo?: string;
  /**
   * Logotypen för mörk bakgrund (negativ, ofta vit): en SVG-, PNG- eller JPEG-fil i projektet, t.ex. assets/logo-vit.svg. Skrivs på omslagets färgade yta, logo på vit bakgrund. Utan den får en ljus logo en platta i accentfärgen där sidan är vit. (The logo for a dark background, often white: printed on the coloured cover, logo on white; without it a light logo gets a plate in the accent colour where the page is white.)
   */
  logoOnDark?: string;
  /**
   * Omslagsbilden: en JPEG- eller PNG-fil i projektet, t.ex. assets/omslag.jpg. (The cover picture: a JPEG or PNG file in the project.)
   */
  coverImage?: string;
  /**
   * Baksidans text i Markdown: adress, kontakter, "Tryckt av …". (The back cover's text, Markdown.)
   */
  backCover?: string;
}
/**
 * Omslag, innehållsförteckning och kurskalender: auto (standard) låter planens längd avgöra, true tar alltid med sidan, false aldrig. (Cover, contents and course calendar: auto lets the plan's length decide; true always, false never.)
 *
 * This interface was referenced by `StudyplanConfig`'s JSON-Schema
 * via the `definition` "configLayout".
 */
export interface ConfigLayout {
  cover?: ConfigLayoutChoice;
  contents?: ConfigLayoutChoice;
  courseCalendar?: ConfigLayoutChoice;
}
/**
 * Regel-id (område/namn) mot allvarlighet: off, info, warning eller error. (Rule id to severity.)
 *
 * This interface was referenced by `StudyplanConfig`'s JSON-Schema
 * via the `definition` "configRuleLevels".
 */
export interface ConfigRuleLevels {
  /**
   * off stänger av regeln; info, warning eller error sätter dess allvarlighet. (off turns the rule off.)
   */
  [k: string]: 'off' | 'info' | 'warning' | 'error';
}
