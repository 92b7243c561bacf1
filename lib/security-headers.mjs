// The security headers, shared by next.config.mjs (every response), the proxy and the server in
// front of Next (scripts/serve-cluster.mjs). Plain JavaScript: the server runs without a compiler.
// Eval is allowed only by the dev server (React's debugging needs it).

const isDevelopment = () => process.env.NODE_ENV === "development";

/** The Content-Security-Policy; Next's inline hydration scripts need 'unsafe-inline'. */
export function contentSecurityPolicy() {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDevelopment() ? " 'unsafe-eval'" : ""}`,
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

/** Every security header as [name, value] pairs, the policy first. */
export function securityHeaders() {
  return [
    ["Content-Security-Policy", contentSecurityPolicy()],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
}
