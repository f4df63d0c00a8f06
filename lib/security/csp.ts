/**
 * The Content-Security-Policy of every response. Scripts run only with this request's nonce: Next.js reads
 * the nonce from the request's CSP header and puts it on its own inline bootstrap scripts, and
 * 'strict-dynamic' lets those load the bundles. Inline *style attributes* cannot carry a nonce, so styles
 * allow 'unsafe-inline' (style injection cannot run code). TLS, and so upgrade-insecure-requests and HSTS
 * preloading, belong to the reverse proxy. Development needs 'unsafe-eval' for React's debugging aids.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`);
}

/**
 * The policy of a page served from the public-page cache (lib/public-cache/): the same HTML goes to many visitors,
 * so a nonce would be shared and known. Instead the inline scripts Next rendered with that render's nonce are
 * allowed by their SHA-256 hashes (lib/public-cache/inline-scripts.ts), and Next's bundles by 'self' — without
 * 'strict-dynamic', which would turn 'self' off. No 'unsafe-inline', no 'unsafe-eval'; everything else as above.
 */
export function cachedPageSecurityPolicy(scriptHashes: readonly string[]): string {
  return policy(["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(" "));
}

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The nonce of a policy made by contentSecurityPolicy, or null. */
export function nonceOf(policy: string): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;
}

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
