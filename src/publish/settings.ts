import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { RunError } from '../errors/run-error.js';

/** The config's `site:` block: where OUT is published and how. */
export interface SiteSettings {
  /** The published address of OUT, e.g. https://s-skane.github.io/studieplaner/. */
  url?: string;
  /** IANA zone of the plans' clock times, e.g. Europe/Stockholm. */
  timeZone?: string;
  /** The CI workflow publishes OUT to GitHub Pages (templates/init/github-workflow.yml). */
  pages?: boolean;
}

type Wrong = (key: string, want: string) => RunError;

export function parseSite(site: unknown, wrong: Wrong): SiteSettings {
  if (typeof site !== 'object' || site === null || Array.isArray(site)) throw wrong('site', 'a mapping with url, timeZone and pages');
  const { url, timeZone, pages, ...rest } = site as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra) throw wrong(`site.${extra}`, 'one of site.url, site.timeZone, site.pages (not a key of its own)');
  const settings: SiteSettings = {};
  if (url !== undefined) {
    if (typeof url !== 'string' || !isWebUrl(url)) throw wrong('site.url', 'an http(s) address, e.g. https://example.se/studieplaner/');
    settings.url = url;
  }
  if (timeZone !== undefined) {
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) throw wrong('site.timeZone', 'a time zone such as Europe/Stockholm or Europe/Oslo');
    settings.timeZone = timeZone;
  }
  if (pages !== undefined) {
    if (typeof pages !== 'boolean') throw wrong('site.pages', 'true or false');
    settings.pages = pages;
  }
  return settings;
}

/**
 * The base URL and time zone of a build: --base-url, then site.url, then, with site.pages on
 * GitHub Actions, the repository's Pages address (the workflow passes the exact one, custom domain included).
 */
export function publishSettings(flag: string | undefined, site: SiteSettings | undefined, env: NodeJS.ProcessEnv): { baseUrl?: string; timeZone?: string } {
  if (flag !== undefined && !isWebUrl(flag)) throw new RunError(`--base-url must be an http(s) address, not ${flag}`, 'For example --base-url https://example.se/studieplaner/', 'usage/base-url');
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
