import { expect, test } from "@playwright/test";
import { APP_ROUTES, routePath } from "./routes";

const PATHS = [...APP_ROUTES.map((r) => routePath(r)), "/no-such-page", "/api/statements?region=atlantis"];

function scriptSources(csp: string): string[] {
  return csp.split(";").map((d) => d.trim().split(/\s+/)).find(([name]) => name === "script-src")?.slice(1) ?? [];
}

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(scriptSources(csp)).not.toContain("'unsafe-inline'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test.describe("security headers", () => {
  for (const path of PATHS) {
    test(`${path} is served with CSP, nosniff, frame and referrer policies`, async ({ request }) => {
      expectSecurityHeaders((await request.get(path)).headers());
    });
  }

  for (const path of PATHS.filter((p) => !p.startsWith("/api/"))) {
    test(`${path} runs inline scripts only with a fresh nonce from its policy`, async ({ request }) => {
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await request.get(path);
        const nonce = scriptSources(response.headers()["content-security-policy"] ?? "").find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
        expect(nonce, "a nonce in script-src").toBeTruthy();
        const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
        nonces.push(nonce!);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    });
  }

  // Next cannot make a Request of TRACE (the Fetch standard forbids it) and answered 500 on every route.
  for (const path of PATHS) {
    test(`TRACE ${path} is answered 405 with the headers`, async ({ request }) => {
      const response = await request.fetch(path, { method: "TRACE" });
      expect(response.status()).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
      expectSecurityHeaders(response.headers());
    });
  }

  test("the map works under the policy: no violation reported", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto("/");
    await expect(page.getByTestId("china-map")).toHaveAttribute("data-render-finished", "true", { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
    expect(violations).toEqual([]);
  });
});
