/**
 * The Content-Security-Policy of every response. Scripts run only with this request's nonce: Next.js reads
 * the nonce from the request's CSP header and puts it on its own inline bootstrap scripts, and
 * 'strict-dynamic' lets those load the bundles. Inline *style attributes* cannot carry a nonce, so styles
 * allow 'unsafe-inline' (style injection cannot run code). TLS, and so upgrade-insecure-requests and HSTS
 * preloading, belong to the reverse proxy. Development needs 'unsafe-eval' for React's debugging aids.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
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

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
