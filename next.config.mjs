import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers (a native one for SQLite, pg for PostgreSQL): loaded from node_modules at run time, never bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "@resvg/resvg-js"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders().map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
