import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { printableJson } from '../../diagnostics/printable.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';
export const INFORMATION_URI = 'https://studyplan.dev/';

/** A path as a relative URI reference: forward slashes, each segment percent-encoded (spaces, å, #). */
function relativeUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * `--format sarif`: SARIF 2.1.0 with one run. tool.driver lists every rule lint knows (id, short
 * description in the chosen language, default level), so code-scanning tools can show rules that
 * found nothing too; each result points at its rule by id and index. File paths inside the
 * working folder are relative to %SRCROOT% (the working folder, given in originalUriBaseIds),
 * which is what GitHub code scanning expects; others are absolute file: URIs.
 */
export const sarif: Reporter = (reports, options) => {
  const driverRules = options.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.docs[options.lang] },
    defaultConfiguration: { level: LEVEL[r.severity] },
  }));
  const index = new Map(options.rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      let ruleIndex = index.get(d.ruleId);
      if (ruleIndex === undefined) {
        // A rule the registry does not list (should not happen): still a valid log, with the rule named.
        ruleIndex = driverRules.push({ id: d.ruleId, shortDescription: { text: d.ruleId }, defaultConfiguration: { level: LEVEL[d.severity] } }) - 1;
        index.set(d.ruleId, ruleIndex);
      }
      const artifactLocation = path.isAbsolute(d.file) ? { uri: pathToFileURL(d.file).href } : { uri: relativeUri(d.file), uriBaseId: SRCROOT };
      const startLine = Math.max(1, d.line);
      const startColumn = Math.max(1, d.column);
      const endLine = Math.max(startLine, d.endLine);
      const endColumn = endLine === startLine ? Math.max(startColumn, d.endColumn) : Math.max(1, d.endColumn);
      results.push({
        ruleId: d.ruleId,
        ruleIndex,
        level: LEVEL[d.severity],
        message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
        locations: [{ physicalLocation: { artifactLocation, region: { startLine, startColumn, endLine, endColumn } } }],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'studyplan', version: options.version, semanticVersion: options.version, informationUri: INFORMATION_URI, rules: driverRules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : options.cwd + path.sep).href } },
        // Columns count UTF-16 code units, as JavaScript strings (and the engine) do.
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true }],
        results,
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
};
