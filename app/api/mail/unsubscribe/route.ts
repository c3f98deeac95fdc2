import { getDb } from "@/db";
import { authSecret } from "@/app/_server/config";
import { withErrors } from "@/app/_server/http";
import { handleUnsubscribePost } from "./handle-unsubscribe";

export const POST = withErrors("POST /api/mail/unsubscribe", async (request: Request) =>
  handleUnsubscribePost({ db: getDb(), secret: authSecret(), token: new URL(request.url).searchParams.get("token") }),
);

/** A person who opens the link (a GET, as link checkers also do) sees a page that asks first. */
export const GET = withErrors("GET /api/mail/unsubscribe", async (request: Request) => {
  const url = new URL(request.url);
  const page = new URL("/unsubscribe", url);
  const token = url.searchParams.get("token");
  if (token) page.searchParams.set("token", token.slice(0, 300));
  return Response.redirect(page, 303);
});
