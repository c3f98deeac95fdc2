import { getDb } from "@/db";
import { authSecret } from "@/app/_server/config";
import { handleUnsubscribePost } from "./handle-unsubscribe";

export async function POST(request: Request) {
  return handleUnsubscribePost({ db: getDb(), secret: authSecret(), token: new URL(request.url).searchParams.get("token") });
}

/** A person who opens the link (a GET, as link checkers also do) sees a page that asks first. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const page = new URL("/unsubscribe", url);
  const token = url.searchParams.get("token");
  if (token) page.searchParams.set("token", token.slice(0, 300));
  return Response.redirect(page, 303);
}
