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

/**
 * Markdown to HTML blocks where every line break of the text is one on the page: an address
 * block ("Box 1234, 211 22 Malmö" under the name) as lines, not one run-on line (the back cover).
 */
export function markdownLinesToHtml(text: string): string {
  return md.renderer.render(md.parse(text, {}), { ...md.options, breaks: true }, {}).trim();
}

/** Markdown to inline HTML (no <p>), for a text that is one phrase, e.g. a step's description. */
export function markdownInline(text: string): string {
  return md.renderInline(text.trim());
}

/**
 * True when the text is one paragraph (or none), so it can follow a label on the same line; a
 * list, a quote, a code block or a second paragraph makes blocks, which stand under the label.
 * Decided by the parser that renders it, so what counts as a list is what prints as one.
 */
export function isOneParagraph(text: string): boolean {
  const tokens = md.parse(text.trim(), {});
  return tokens.length === 0 || (tokens.length === 3 && tokens[0]!.type === 'paragraph_open');
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
