export type PolicyOptions = {
  /** Fresh per response; Next.js puts it on the scripts it renders. */
  nonce: string;
  /** next dev evaluates code for fast refresh. */
  isDev?: boolean;
  /** The public URL is https: subresources are upgraded. */
  isHttps?: boolean;
};

/**
 * The Content-Security-Policy of an app page. Scripts run only with the response's nonce (and what
 * those load, 'strict-dynamic'), so markup injected into a page cannot run script. Styles allow
 * inline: React renders `style` attributes (chart sizes, split bars, Recharts' own SVG), which no
 * nonce can cover; a style cannot run script.
 */
export function pageContentSecurityPolicy({ nonce, isDev = false, isHttps = false }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The service worker (/serwist/sw.js) and the manifest: same origin, named so 'strict-dynamic' has no say.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * For an HTML page rendered in answer to a body-carrying request (a form posted without JavaScript):
 * the proxy, which mints nonces, stays off such requests, so no script may run on that response.
 */
export const NO_SCRIPT_PAGE_POLICY =
  "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Strict-Transport-Security when the public URL is https, else null (never over plain http). */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.trim().toLowerCase().startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}

/** A nonce of 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
