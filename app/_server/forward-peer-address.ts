import { Server, type IncomingMessage } from "node:http";

const INSTALLED = Symbol.for("pendulum.forwardPeerAddress");

function appendPeer(request: IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const prior = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

/**
 * Makes `next start` append the TCP peer to X-Forwarded-For, as every proxy hop does. Next only sets
 * the header when the client sent none (base-server.js: `req.headers['x-forwarded-for'] ??= socket
 * address`), so without this a client's own value reaches the app as if it were the truth.
 */
export function forwardPeerAddress(): void {
  const prototype = Server.prototype as Server & { [INSTALLED]?: true };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") appendPeer(args[0] as IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
