import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/** Someone the test provider can sign in, with the claims it releases about them. */
export type TestIdentity = { sub: string; email: string; emailVerified: boolean; name?: string };

export type TestOidcProvider = {
  /** The issuer as the provider's discovery document names it (no trailing slash). */
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  /** Lets `identity` sign in at the provider's login form (by its e-mail). */
  addIdentity: (identity: TestIdentity) => void;
  /** How long authorization codes live, in seconds (default 60), for the expired-code test. */
  setCodeTtlSeconds: (seconds: number) => void;
  /**
   * The provider's part of a sign-in, as a browser would do it: opens the authorization URL, posts
   * `email` in the provider's login form, and returns the URL the provider sends the browser back to.
   */
  authorize: (authorizationUrl: string, email: string) => Promise<URL>;
  close: () => Promise<void>;
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Company sign-in</title></head><body>
<h1>Company sign-in</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<label>Work e-mail <input name="email" type="email" autocomplete="username"></label>
<button type="submit">Continue</button>
</form></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error("form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

async function listen(server: Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

/**
 * A real, certified OpenID provider (panva's oidc-provider) on 127.0.0.1 with one confidential
 * client whose redirect URI is `redirectUri`, a login form that signs in any identity added by e-mail,
 * and consent granted for it. Port: OIDC_TEST_PORT when set, else a free one.
 */
export async function startOidcProvider({ redirectUri, port = Number(process.env.OIDC_TEST_PORT ?? 0) }: { redirectUri: string; port?: number }): Promise<TestOidcProvider> {
  const identities = new Map<string, TestIdentity>();
  let codeTtlSeconds = 60;
  const clientId = "pendulum-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const server = createServer();
  const boundPort = await listen(server, port);
  const issuer = `http://127.0.0.1:${boundPort}`;
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };

  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] }],
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    ttl: { AuthorizationCode: () => codeTtlSeconds, Interaction: 600, Grant: 3600, Session: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx: unknown, sub: string) {
      const identity = [...identities.values()].find((i) => i.sub === sub);
      if (!identity) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: identity.email, email_verified: identity.emailVerified, name: identity.name ?? identity.email.split("@")[0] }),
      };
    },
    // A first-party client: consent is implied for the scopes it asks.
    async loadExistingGrant(ctx: ProviderContext) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();

  server.on("request", (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? "");
    if (!match) return handle(req, res);
    void (async () => {
      try {
        await provider.interactionDetails(req, res);
        if (req.method === "GET") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(match[1]!));
          return;
        }
        const email = (await readForm(req)).get("email")?.trim().toLowerCase() ?? "";
        const identity = identities.get(email);
        if (!identity) {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(loginPage(match[1]!, "No such person at this company."));
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId: identity.sub } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.writeHead(400, { "content-type": "text/plain" }).end(String((error as Error).message));
      }
    })();
  });

  return {
    issuer,
    port: boundPort,
    clientId,
    clientSecret,
    addIdentity: (identity) => identities.set(identity.email.toLowerCase(), identity),
    setCodeTtlSeconds: (seconds) => {
      codeTtlSeconds = seconds;
    },
    authorize: (authorizationUrl, email) => driveProvider(issuer, authorizationUrl, email),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type ProviderContext = {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session?: { accountId: string; grantIdFor: (clientId: string) => string | undefined };
    client: { clientId: string };
    provider: { Grant: { new (init: { clientId: string; accountId: string }): { addOIDCScope: (s: string) => void; save: () => Promise<string> }; find: (id: string) => Promise<unknown> } };
  };
};

/** Follows the provider's redirects with its cookies, like a browser, until it sends the browser elsewhere. */
async function driveProvider(issuer: string, authorizationUrl: string, email: string): Promise<URL> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = new URL(authorizationUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin !== new URL(issuer).origin) return url;
    const res = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader() } });
    remember(res);
    init = {};
    const location = res.headers.get("location");
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const body = await res.text();
    if (body.includes("No such person")) throw new Error(`the provider refused ${email}`);
    if (res.status === 200 && body.includes('name="email"')) {
      init = { method: "POST", body: new URLSearchParams({ email }).toString(), headers: { "content-type": "application/x-www-form-urlencoded" } };
      continue;
    }
    throw new Error(`the provider answered ${res.status}: ${body.slice(0, 300)}`);
  }
  throw new Error("too many redirects at the provider");
}
