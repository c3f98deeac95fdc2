import { describe, expect, it } from "vitest";
import { DEFAULT_SSO_LABEL, isSameIssuer, loginMethodsFromEnv, ssoErrorMessage } from "@/lib/auth/sso";

const OIDC = { OIDC_ISSUER: "https://login.example.com/realms/staff", OIDC_CLIENT_ID: "pendulum", OIDC_CLIENT_SECRET: "s3cret" };

describe("loginMethodsFromEnv", () => {
  it("is passwords only when nothing is set", () => {
    expect(loginMethodsFromEnv({})).toEqual({ sso: null, password: true });
  });

  it("reads the provider, with discovery under the issuer and auto sign-up on by default", () => {
    const { sso, password } = loginMethodsFromEnv(OIDC);
    expect(password).toBe(true);
    expect(sso).toEqual({
      issuer: OIDC.OIDC_ISSUER,
      discoveryUrl: "https://login.example.com/realms/staff/.well-known/openid-configuration",
      clientId: "pendulum",
      clientSecret: "s3cret",
      label: DEFAULT_SSO_LABEL,
      autoSignup: true,
    });
    // An issuer with a trailing slash (Google, Entra) is kept as written; discovery has no double slash.
    const slash = loginMethodsFromEnv({ ...OIDC, OIDC_ISSUER: "https://accounts.example.com/" }).sso!;
    expect(slash.issuer).toBe("https://accounts.example.com/");
    expect(slash.discoveryUrl).toBe("https://accounts.example.com/.well-known/openid-configuration");
  });

  it("takes a label and OIDC_AUTO_SIGNUP=off, and PASSWORD_LOGIN=off with SSO", () => {
    const methods = loginMethodsFromEnv({ ...OIDC, OIDC_BUTTON_LABEL: "  Sign in with  Acme ", OIDC_AUTO_SIGNUP: "off", PASSWORD_LOGIN: "off" });
    expect(methods.password).toBe(false);
    expect(methods.sso).toMatchObject({ label: "Sign in with Acme", autoSignup: false });
  });

  it("refuses half a configuration, naming what is missing", () => {
    expect(() => loginMethodsFromEnv({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    expect(() => loginMethodsFromEnv({ OIDC_CLIENT_SECRET: "x", OIDC_CLIENT_ID: "y" })).toThrow(/OIDC_ISSUER/);
  });

  it("refuses PASSWORD_LOGIN=off without SSO: nobody could sign in", () => {
    expect(() => loginMethodsFromEnv({ PASSWORD_LOGIN: "off" })).toThrow(/nobody could sign in/);
  });

  it("refuses an issuer over plain http except on this machine, and malformed switches", () => {
    expect(() => loginMethodsFromEnv({ ...OIDC, OIDC_ISSUER: "http://login.example.com" })).toThrow(/https/);
    expect(() => loginMethodsFromEnv({ ...OIDC, OIDC_ISSUER: "not a url" })).toThrow(/OIDC_ISSUER/);
    expect(() => loginMethodsFromEnv({ ...OIDC, OIDC_ISSUER: "https://login.example.com/?tenant=1" })).toThrow(/query/);
    expect(loginMethodsFromEnv({ ...OIDC, OIDC_ISSUER: "http://127.0.0.1:5421" }).sso?.issuer).toBe("http://127.0.0.1:5421");
    expect(() => loginMethodsFromEnv({ ...OIDC, OIDC_AUTO_SIGNUP: "maybe" })).toThrow(/OIDC_AUTO_SIGNUP/);
    expect(() => loginMethodsFromEnv({ ...OIDC, OIDC_BUTTON_LABEL: "x".repeat(61) })).toThrow(/OIDC_BUTTON_LABEL/);
  });
});

describe("isSameIssuer", () => {
  it("is exact equality, as OpenID Connect Discovery demands", () => {
    expect(isSameIssuer("https://a.example", "https://a.example")).toBe(true);
    expect(isSameIssuer("https://a.example", "https://a.example/")).toBe(false);
    expect(isSameIssuer("https://a.example", undefined)).toBe(false);
  });
});

describe("ssoErrorMessage", () => {
  it("explains the refusals a leader can act on, and never echoes the code", () => {
    expect(ssoErrorMessage("signup_disabled")).toMatch(/no Pendulum account/);
    expect(ssoErrorMessage("account_not_linked")).toMatch(/already exists/);
    expect(ssoErrorMessage("<script>x</script>")).not.toContain("script");
  });
});
