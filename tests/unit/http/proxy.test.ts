import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, strictTransportSecurity } from "@/app/_server/security-headers";
import { proxy } from "@/proxy";

const ORIGIN = "http://localhost:3000";
const savedAppUrl = process.env.APP_URL;

afterEach(() => {
  if (savedAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = savedAppUrl;
});

const run = (path: string) => proxy(new NextRequest(`${ORIGIN}${path}`));

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe("proxy", () => {
  it.each(["/%E0%A4%A", "/checkin/%ZZ", "/share/%C0%AF", "/api/checkins/%E0"])("answers 404 for the broken percent-encoding of %s", (path) => {
    expect(run(path).status).toBe(404);
  });

  it.each(["/", "/sign-in", "/dashboard", "/checkin/2026-W10", "/settings/data", "/no-such-page"])(
    "gives the page %s a policy with a fresh nonce, also handed to Next.js on the request",
    (path) => {
      const first = run(path);
      const second = run(path);
      const policy = first.headers.get("content-security-policy")!;
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(second.headers.get("content-security-policy")).not.toContain(nonce);
      expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
      expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
      expect(first.headers.get("x-middleware-next")).toBe("1");
    },
  );

  it.each(["/api/checkins", "/api/report/pdf", "/share/some-token"])("leaves %s, which sets its own headers, without a page policy", (path) => {
    const response = run(path);
    expect(response.headers.get("content-security-policy")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("sends HSTS on pages and APIs only when APP_URL is https, and upgrades subresources then", () => {
    process.env.APP_URL = "http://localhost:3000";
    expect(run("/sign-in").headers.get("strict-transport-security")).toBeNull();
    expect(run("/sign-in").headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    process.env.APP_URL = "https://pendulum.example.org";
    for (const path of ["/sign-in", "/api/checkins", "/share/some-token"]) {
      expect(run(path).headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
    expect(run("/sign-in").headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("pageContentSecurityPolicy", () => {
  it("lets only scripts with the nonce run, and frames, plugins, base and form targets stay on this site", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc" }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval only for next dev", () => {
    expect(directives(pageContentSecurityPolicy({ nonce: "n", isDev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(pageContentSecurityPolicy({ nonce: "n" })).not.toContain("unsafe-eval");
  });
});

describe("strictTransportSecurity", () => {
  it.each([
    ["https://pendulum.example.org", true],
    ["HTTPS://pendulum.example.org/", true],
    ["http://pendulum.example.org", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (appUrl, expected) => {
    expect(strictTransportSecurity(appUrl) !== null).toBe(expected);
  });
});
