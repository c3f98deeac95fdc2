export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { prepareDb } = await import("./db");
    await prepareDb();
  }
}
