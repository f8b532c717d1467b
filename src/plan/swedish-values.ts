/**
 * Times and prices the way a Swedish secretary writes them: `18.30`, `kl. 18.30`, `9:30`,
 * `500 kr`, `1 200 kr`, `1.200`, `500:-`. The schema wants `18:30` and a plain number; these
 * read what was meant, so that lint can say it and offer the value to write instead, and the
 * booklet prints every time the same way.
 */

/** `18.30`, `18:30`, `9:30`, `kl. 18.30`, `kl 9.30` -> `18:30` / `09:30`; undefined when it is no clock time. */
export function clockTime(written: string): string | undefined {
  const m = /^(?:kl\.?\s*)?([01]?\d|2[0-3])[:.]([0-5]\d)$/i.exec(written.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}

/**
 * `500 kr`, `1 200 kr`, `1.200`, `1 200:-`, `350 SEK`, `1 200,50 kr` -> the number meant; undefined
 * when the text is not a price. A dot followed by exactly three digits separates thousands, as
 * in Swedish print; a comma is the decimal sign.
 */
export function priceAmount(written: string): number | undefined {
  const m = /^(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:kr\.?|kronor|sek|:-)?$/i.exec(written.trim());
  if (!m) return undefined;
  const whole = Number(m[1]!.replace(/[ \u00a0.]/g, ''));
  return m[2] ? Number(`${whole}.${m[2]}`) : whole;
}

/** Whether a number's source text (`1.200`) means thousands in Swedish print though YAML reads a decimal (1.2). */
export function isThousandsDot(source: string): boolean {
  return /^\d{1,3}(?:\.\d{3})+$/.test(source.trim());
}
