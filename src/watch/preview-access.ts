import { realpath } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import path from 'node:path';

/**
 * What the preview server answers. It listens on 127.0.0.1, but a page on any web site can make
 * the browser send it requests under another name (DNS rebinding: evil.example resolving to
 * 127.0.0.1), so the Host header must name this machine; and it serves the built outputs only:
 * no dot-file (the build cache, with absolute paths; the marker; temp files), nothing a symlink
 * leads to outside OUT.
 */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether HOST (the request's Host header) is 127.0.0.1, localhost or [::1], with no port or PORT. */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!m || !LOCAL_HOSTS.has(m[1] ?? '')) return false;
  return m[2] === undefined || Number(m[2]) === port;
}

/**
 * Whether the request came from another site's page: a link, a form, an <img> or fetch() on any
 * page the user has open can reach 127.0.0.1 under the right Host. The browser says who asked:
 * Sec-Fetch-Site (anything but none, typed or opened from the terminal, and same-origin, the
 * preview's own pages) and Origin (when sent, it must be this server's own). A client that sends
 * neither (curl) is no web page and is served.
 */
export function isCrossSite(headers: IncomingHttpHeaders, port: number): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'none' && site !== 'same-origin') return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  const m = /^http:\/\/(.+)$/.exec(origin.toLowerCase());
  return !m || !m[1] || !isLocalHost(m[1], port) || !/:\d+$/.test(m[1]);
}

/** Whether REL (a decoded URL path, /…) may name a built output: no empty, `.`, `..` or dot-named part. */
export function isOutputPath(rel: string): boolean {
  const parts = rel.split('/').slice(1);
  return !rel.includes('\\') && !rel.includes('\0') && parts.every((p) => p.length > 0 && !p.startsWith('.'));
}

/** FILE's real path when it (symlinks resolved) lies inside OUT, else undefined. */
export async function realInside(out: string, file: string): Promise<string | undefined> {
  try {
    const [realOut, real] = await Promise.all([realpath(out), realpath(file)]);
    const rel = path.relative(realOut, real);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? real : undefined;
  } catch {
    return undefined;
  }
}
