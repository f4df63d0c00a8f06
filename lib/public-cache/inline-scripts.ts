import { createHash } from "node:crypto";

// An HTML <script> element: its attributes and its raw text. Script text is not entity-decoded by the HTML parser, so
// the bytes between the tags are exactly what the browser hashes. React escapes "<" in text and attributes, and Next
// escapes "</script" inside its own scripts, so a top-level scan cannot be misled by stored text.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The CSP hashes ('sha256-…') of the inline scripts of one render that carry that render's nonce — Next's bootstrap
 * and flight-data scripts. Only an element Next wrote can carry the nonce: it was made for this render and no stored
 * text contains it, so a script injected through stored content is never hashed and stays blocked.
 */
export function nonceScriptHashes(html: string, nonce: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue; // an external script: allowed by 'self', not by hash
    if (!carriesNonce(attributes, nonce)) continue;
    hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...hashes];
}

function carriesNonce(attributes: string, nonce: string): boolean {
  const match = /(?:^|\s)nonce\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return match !== null && (match[1] ?? match[2] ?? match[3]) === nonce;
}
