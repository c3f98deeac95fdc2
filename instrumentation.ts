export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkAuthEnv } = await import("./lib/auth/env");
    checkAuthEnv(process.env);
    const { forwardPeerAddress } = await import("./app/_server/forward-peer-address");
    forwardPeerAddress();
    const { prepareDb } = await import("./db");
    await prepareDb();
  }
}
