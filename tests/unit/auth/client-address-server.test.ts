import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddressOf, withClientAddress } from "@/app/_server/client-address";
import { forwardPeerAddress } from "@/app/_server/forward-peer-address";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";

const servers: Server[] = [];
afterEach(() => {
  delete process.env.AUTH_TRUSTED_PROXIES;
  for (const s of servers.splice(0)) s.close();
});

function get(port: number, headers: Record<string, string>, localAddress?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers, localAddress }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("forwardPeerAddress", () => {
  it("appends the TCP peer to X-Forwarded-For on a real http server, after whatever the client sent", async () => {
    forwardPeerAddress();
    forwardPeerAddress();
    const server = createServer((req, res) => res.end(String(req.headers["x-forwarded-for"])));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    expect(await get(port, {})).toBe("127.0.0.1");
    expect(await get(port, { "x-forwarded-for": "6.6.6.6, 7.7.7.7" })).toBe("6.6.6.6, 7.7.7.7, 127.0.0.1");
    expect(await get(port, { "x-forwarded-for": "6.6.6.6" }, "127.0.0.2")).toBe("6.6.6.6, 127.0.0.2");
  });
});

describe("clientAddressOf", () => {
  it("takes the hop our server appended, or the one left of AUTH_TRUSTED_PROXIES", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, ::ffff:127.0.0.1" });
    expect(clientAddressOf(headers)).toBe("127.0.0.1");
    process.env.AUTH_TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";
    expect(clientAddressOf(headers)).toBe("198.51.100.7");
    process.env.AUTH_TRUSTED_PROXIES = "localhost";
    expect(() => clientAddressOf(headers)).toThrow(/AUTH_TRUSTED_PROXIES/);
  });

  it("replaces a client-sent address header, and drops it when no address is known", () => {
    const sent = new Headers({ "x-forwarded-for": "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "1.1.1.1", cookie: "a=b" });
    const handed = withClientAddress(sent);
    expect(handed.get(CLIENT_ADDRESS_HEADER)).toBe("198.51.100.7");
    expect(handed.get("cookie")).toBe("a=b");
    expect(sent.get(CLIENT_ADDRESS_HEADER)).toBe("1.1.1.1");
    expect(withClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "1.1.1.1" })).has(CLIENT_ADDRESS_HEADER)).toBe(false);
  });
});
