import { getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { loginMethods } from "@/app/_server/config";
import { NO_STORE, withErrors } from "@/app/_server/http";
import { RETURN_PATH_PARAM, safeReturnPath } from "@/lib/auth/return-path";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });

/**
 * The sign-in page's SSO link: starts the OpenID Connect sign-in (better-auth keeps the state, PKCE
 * verifier and nonce, and sets this browser's state cookie) and sends the browser to the provider.
 * A plain link, so it works without JavaScript; starting a sign-in changes nothing until the
 * provider sends back a code for this browser's state. When the provider is unreachable or refuses,
 * the toolkit logs why and the browser goes back to the sign-in page, which says so.
 */
export const GET = withErrors(
  "GET /sign-in/sso",
  async (request: Request) => {
    // Where the sign-in was asked from (the sign-in page's next=), honoured only as a path on this app.
    const returnTo = safeReturnPath(new URL(request.url).searchParams.get(RETURN_PATH_PARAM));
    if (!loginMethods().sso) return seeOther("/sign-in");
    const { headers, response } = await getAuth().api.signInSocial({
      body: { provider: SSO_PROVIDER_ID, callbackURL: returnTo ?? "/checkin", newUserCallbackURL: "/welcome", errorCallbackURL: "/sign-in" },
      headers: await authRequestHeaders(),
      returnHeaders: true,
    });
    if (!response.url) throw new Error("better-auth gave no authorization URL");
    const redirect = seeOther(response.url);
    for (const cookie of headers.getSetCookie()) redirect.headers.append("Set-Cookie", cookie);
    return redirect;
  },
  () => seeOther("/sign-in?error=sso_unavailable"),
);
