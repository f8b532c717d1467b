import { words } from '../i18n/index.js';

/**
 * The script the preview server adds to every HTML page it serves (never to the files on disk):
 * it listens for server-sent events, reloads on "reload", and shows lint errors in an overlay on
 * "errors" while the last good page stays underneath.
 */
export const EVENTS_PATH = '/__studyplan/events';

/** The overlay's own words, in the run's language (src/i18n/: watch.overlayTitle, watch.close). */
export interface OverlayWords {
  overlayTitle: string;
  close: string;
  /** The preview's 421 answer to a Host it does not serve (DNS rebinding). */
  wrongHost?: string;
  /** The preview's 403 answer to a request another site's page made (Origin, Sec-Fetch-Site). */
  crossSite?: string;
}

/** The catalogue's English, for a caller that names no words (the command layer always does). */
export const ENGLISH: OverlayWords = words('en').watch;

export const reloadScript = (w: OverlayWords): string => `<script data-studyplan-watch>
(() => {
  const source = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const overlayId = 'studyplan-watch-overlay';
  const clear = () => document.getElementById(overlayId)?.remove();
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('ok', clear);
  source.addEventListener('errors', (e) => {
    clear();
    const lines = JSON.parse(e.data);
    const box = document.createElement('div');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;z-index:2147483647;' +
      'background:#fff5f5;color:#5c0b0b;border:2px solid #c62828;border-radius:6px;padding:1rem 1.25rem;' +
      'font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;box-shadow:0 4px 24px rgba(0,0,0,.25)';
    const title = document.createElement('strong');
    title.textContent = ${JSON.stringify(w.overlayTitle)};
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', ${JSON.stringify(w.close)});
    close.style.cssText = 'float:right;border:0;background:none;font-size:20px;cursor:pointer;color:inherit';
    close.onclick = clear;
    const pre = document.createElement('div');
    pre.textContent = lines.join('\\n');
    box.append(close, title, document.createElement('br'), pre);
    document.body.append(box);
  });
})();
</script>`;

export const RELOAD_SCRIPT = reloadScript(ENGLISH);

/** The page with the reload script before </body> (or at the end when there is none). */
export function injectReloadScript(html: string, w: OverlayWords = ENGLISH): string {
  const script = w === ENGLISH ? RELOAD_SCRIPT : reloadScript(w);
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${script}` : `${html.slice(0, at)}${script}\n${html.slice(at)}`;
}
