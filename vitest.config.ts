import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    // Seeding a test database on PostgreSQL, or on a machine under load, outlasts the default 10 s.
    hookTimeout: 120_000,
  },
});
