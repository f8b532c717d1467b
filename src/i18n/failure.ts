import type { Lang } from './lang.js';
import type { ErrorParams } from './text.js';
import type { svErrors } from './errors/sv.js';
import { words } from './catalogue.js';

/** Every failure studyplan can report: the codes of the errors catalogue (src/i18n/errors/). */
export type ErrorCode = keyof typeof svErrors;

/**
 * A failure as a value: what went wrong and the values its words are filled with. The stages
 * below the command layer make these (a RunError is one, thrown; a plan's print failure is one,
 * returned); only the command layer words them, in the run's language, with describeFailure.
 */
export interface Failure {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
}

/** Whether V is a failure value (a RunError is one too): a code of the catalogue and its values. */
export function isFailure(v: unknown): v is Failure {
  if (typeof v !== 'object' || v === null) return false;
  const { code, params } = v as { code?: unknown; params?: unknown };
  return typeof code === 'string' && Object.hasOwn(words('en').errors, code) && typeof params === 'object' && params !== null;
}

/** A failure in LANG: its catalogue entry filled with its values. */
export function describeFailure(f: Failure, lang: Lang): { message: string; hint?: string } {
  const [message, hint] = words(lang).errors[f.code](reasonWorded(f.params, lang));
  return hint ? { message, hint } : { message };
}

/** `reason` given as a system error code (ENOSPC) is worded; anything else is shown as it is. */
function reasonWorded(params: ErrorParams, lang: Lang): ErrorParams {
  const code = params['code'];
  if (params['reason'] !== undefined || !code) return params;
  return { ...params, reason: /^E[A-Z]+$/.test(code) ? words(lang).systemReason(code) : code };
}
