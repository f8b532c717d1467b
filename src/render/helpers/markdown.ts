import MarkdownIt from 'markdown-it';

/**
 * The Markdown dialect of plan texts: CommonMark with raw HTML off, paragraphs, emphasis, strong,
 * lists, block quotes, inline code, line breaks and links. Links go only to http(s) and mailto;
 * an image becomes its alt text; headings and rules stay plain text, because the template owns
 * the page's headings (their order matters for screen readers and the table of contents).
 */
const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
md.disable(['heading', 'lheading', 'hr', 'html_block', 'html_inline']);
md.validateLink = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url.trim());
md.renderer.rules.image = (tokens, idx) => md.utils.escapeHtml(tokens[idx]!.content);
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  // Only the href survives: a title attribute is harmless but adds nothing a booklet needs.
  token.attrs = (token.attrs ?? []).filter(([name]) => name === 'href');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to HTML blocks (<p>, <ul>, ...). */
export function markdownToHtml(text: string): string {
  return md.render(text).trim();
}

/** Markdown to inline HTML (no <p>), for a text that is one phrase, e.g. a step's description. */
export function markdownInline(text: string): string {
  return md.renderInline(text.trim());
}

/** True when the text is one paragraph, so it can follow a label on the same line. */
export function isOneParagraph(text: string): boolean {
  return !/\n\s*\n/.test(text.trim()) && !/^\s*([-*+]|\d+[.)])\s/m.test(text) && !/^\s*>/m.test(text);
}

export function escapeHtml(text: string): string {
  return md.utils.escapeHtml(text);
}

/** HTML's character references decoded ("&amp;" -> "&", "&#x3D;" -> "="), and nothing else. */
export function decodeHtml(text: string): string {
  // markdown-it's decoder also takes Markdown's backslash escapes: a backslash is kept as one.
  return md.utils.unescapeAll(text.replace(/\\/g, '&#92;'));
}

/** A link target the page may carry: http(s) and mailto only; anything else becomes no link. */
export function safeHref(url: string | undefined): string | undefined {
  return url && /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}
