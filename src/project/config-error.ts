import { RunError } from '../errors/run-error.js';

/** One problem in the config, at its place. */
export interface ConfigFinding {
  line: number;
  column: number;
  message: string;
  hint?: string;
}

/** A config that cannot be used (exit 2); `message` names every finding as FILE:LINE:COL. */
export class ConfigError extends RunError {
  constructor(
    readonly file: string,
    readonly findings: readonly ConfigFinding[],
  ) {
    const first = findings[0];
    const lines = findings.map((f) => `${file}:${f.line}:${f.column}: ${f.message}`);
    // The catalogue words config/invalid from these: the first finding, then the others as further lines.
    const params = { file, line: String(first?.line ?? 1), column: String(first?.column ?? 1), message: [first?.message ?? '', ...lines.slice(1)].join('\n'), hint: first?.hint };
    super(lines.join('\n'), first?.hint ?? 'See schemas/studyplan.config.schema.json for the keys.', 'config/invalid', params);
  }
}
