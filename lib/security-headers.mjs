// The security headers, shared by next.config.mjs (every response), the proxy and the server in
// front of Next (scripts/serve-cluster.mjs). Plain JavaScript: the server runs without a compiler.
// Eval is allowed only by the dev server (React's debugging needs it).

const isDevelopment = () => process.env.NODE_ENV === "development";

/**
 * The Content-Security-Policy. Scripts come from this origin only; an inline script runs only with
 * the request's nonce, which the proxy puts in the policy and Next copies into its hydration
 * scripts. Without a nonce (files, API answers) no inline script runs at all.
 */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}${isDevelopment() ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment() ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Every security header as [name, value] pairs, the policy (without a nonce) first. */
export function securityHeaders() {
  return [
    ["Content-Security-Policy", contentSecurityPolicy()],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
}
