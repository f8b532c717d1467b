import type { Lang } from '../../i18n/lang.js';
import type { FileReport, RuleMeta } from '../../lint/index.js';

/** What every reporter gets besides the reports; reporters read nothing else (no env, no files). */
export interface ReporterOptions {
  /** Language of the reporter's own words (headings, summary); the engine already worded the messages. */
  lang: Lang;
  /** ANSI colours; the command decides (TTY, NO_COLOR, FORCE_COLOR, --output). */
  color: boolean;
  /** Folder that relative paths in the reports are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** studyplan's version, for SARIF's tool.driver. */
  version: string;
  /** Every rule lint knows, for SARIF's tool.driver.rules. */
  rules: readonly RuleMeta[];
}

/** A reporter is a pure function: the same reports and options give the same text. */
export type Reporter = (reports: readonly FileReport[], options: ReporterOptions) => string;
