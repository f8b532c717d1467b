import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * Decides what a page being printed may load: data: and about: URLs, the page's own HTML, and
 * file: URLs whose real path (symlinks resolved) lies inside one of the asset roots with no
 * dot-named file or folder on the way (the build cache with its absolute paths, the output
 * marker, temporary files: a template must not print them into a PDF). Everything else (http,
 * https, ws, files elsewhere, `..` escapes, other plans' outputs beside the page) is refused, so
 * a plan cannot pull in remote content or read files beside its own.
 */
export class RequestGuard {
  readonly blocked: string[] = [];

  private constructor(
    private readonly roots: string[],
    private readonly page: string,
  ) {}

  static async create(assetRoots: readonly string[], htmlFile: string): Promise<RequestGuard> {
    const real = (r: string) => realpath(path.resolve(r)).catch(() => path.resolve(r));
    const roots = await Promise.all(assetRoots.map(real));
    return new RequestGuard([...new Set(roots)], await real(htmlFile));
  }

  async allows(url: string): Promise<boolean> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
    let real: string;
    try {
      real = await realpath(fileURLToPath(parsed));
    } catch {
      return false; // missing file: nothing to load, and no reason to ask the file system further
    }
    if (real === this.page) return true;
    return this.roots.some((root) => isInside(real, root) && !hasDotPart(path.relative(root, real)));
  }

  /**
   * Turns on request interception for the page and applies this policy to every request, until
   * the function it returns is called (a page printed again gets the next plan's guard).
   */
  async attach(page: Page): Promise<() => void> {
    await page.setRequestInterception(true);
    const handler = (request: HTTPRequest): void => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      this.allows(url)
        .then(
          (ok) => {
            if (ok) return request.continue();
            this.blocked.push(url);
            return request.abort('blockedbyclient');
          },
          () => request.abort('blockedbyclient'),
        )
        .catch(() => undefined); // the page may be gone already
    };
    page.on('request', handler);
    return () => void page.off('request', handler);
  }
}

/** Whether a relative path has a part named with a leading dot (`.studyplan-cache.json`, `.git/x`). */
function hasDotPart(rel: string): boolean {
  return rel.split(/[\\/]/).some((part) => part.startsWith('.'));
}

/** FILE is ROOT or below it. On Windows (path.win32) letter case does not matter and another drive is outside. */
export function isInside(file: string, root: string, p: path.PlatformPath = path): boolean {
  const rel = p.relative(root, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel));
}
