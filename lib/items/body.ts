import sanitizeHtml from "sanitize-html";

/**
 * An item's body is plain text (paragraphs separated by blank lines or line breaks) or, for documents pasted
 * from an older site, HTML. HTML is shown only after sanitising to a small set of formatting tags.
 */
export function isHtmlBody(body: string): boolean {
  return /<(p|div|br|table|span|strong|b|h[1-6]|ul|ol|li)\b[^>]*>/i.test(body);
}

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "h2", "h3", "h4", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "a"],
  allowedAttributes: { a: ["href", "rel"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan", "scope"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow" }) },
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** Plain-text body → paragraphs. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The body as text, for excerpts in search results. */
export function bodyText(body: string): string {
  return isHtmlBody(body) ? sanitizeHtml(body, { allowedTags: [], allowedAttributes: {} }) : body;
}
