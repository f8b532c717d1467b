import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { RunError } from '../errors/run-error.js';
import type { StudyplanConfig } from '../project/config.generated.js';

/** The config's `site:` block: where OUT is published and how (its type from the config's schema). */
export type SiteSettings = NonNullable<StudyplanConfig['site']>;

/** WANT: what KEY must be (a code the command layer words: mapping, known-key, url, time-zone, boolean). */
type Wrong = (key: string, want: string) => Error;

export function parseSite(site: unknown, wrong: Wrong): SiteSettings {
  if (typeof site !== 'object' || site === null || Array.isArray(site)) throw wrong('site', 'mapping');
  const { url, timeZone, pages, ...rest } = site as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra) throw wrong(`site.${extra}`, 'known-key');
  const settings: SiteSettings = {};
  if (url !== undefined) {
    if (typeof url !== 'string' || !isWebUrl(url)) throw wrong('site.url', 'url');
    settings.url = url;
  }
  if (timeZone !== undefined) {
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) throw wrong('site.timeZone', 'time-zone');
    settings.timeZone = timeZone;
  }
  if (pages !== undefined) {
    if (typeof pages !== 'boolean') throw wrong('site.pages', 'boolean');
    settings.pages = pages;
  }
  return settings;
}

/**
 * The base URL and time zone of a build: --base-url, then site.url, then, with site.pages on
 * GitHub Actions, the repository's Pages address (the workflow passes the exact one, custom domain included).
 */
export function publishSettings(flag: string | undefined, site: SiteSettings | undefined, env: NodeJS.ProcessEnv): { baseUrl?: string; timeZone?: string } {
  if (flag !== undefined && !isWebUrl(flag)) throw new RunError('usage/base-url', { value: flag });
  const repo = env['GITHUB_REPOSITORY'];
  const pages = site?.pages && repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? pagesUrl(repo) : undefined;
  const baseUrl = flag ?? site?.url ?? pages;
  return { ...(baseUrl ? { baseUrl } : {}), ...(site?.timeZone ? { timeZone: site.timeZone } : {}) };
}

/** OWNER/REPO's GitHub Pages address: https://owner.github.io/repo/ (or the owner's own site for OWNER.github.io). */
export function pagesUrl(repo: string): string {
  const [owner = '', name = ''] = repo.split('/');
  const host = `${owner.toLowerCase()}.github.io`;
  return name.toLowerCase() === host ? `https://${host}/` : `https://${host}/${name}/`;
}

function isWebUrl(s: string): boolean {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
}

/** A zone the runtime knows and a VTIMEZONE can be written for. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  return Boolean(getVtimezoneComponent(zone));
}
