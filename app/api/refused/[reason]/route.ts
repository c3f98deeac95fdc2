import { problem, withErrors } from "@/app/_server/http";

// next.config.ts rewrites here the requests it refuses by their headers, before a byte of their body
// is read: a body sent to a path with a "%", and to pages a declared body over the server actions'
// limit (the connection stays open: the server drops that many bytes, the client reads the answer)
// or one sent without a length.
const REFUSALS: Record<string, { status: number; error: string; headers?: Record<string, string> }> = {
  "too-large": { status: 413, error: "The request body is larger than this page accepts" },
  "length-required": { status: 411, error: "Send the request body with a Content-Length", headers: { Connection: "close" } },
  "percent-encoded": { status: 404, error: "Not found" },
};

const refuse = withErrors("/api/refused", async (_request: Request, { params }: { params: Promise<{ reason: string }> }) => {
  const { reason } = await params;
  const refusal = Object.hasOwn(REFUSALS, reason) ? REFUSALS[reason]! : { status: 404, error: "Not found" };
  return problem(refusal.status, refusal.error, [], refusal.headers);
});

export { refuse as DELETE, refuse as GET, refuse as PATCH, refuse as POST, refuse as PUT };
