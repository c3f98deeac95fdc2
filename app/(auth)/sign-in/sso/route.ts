import { getAuth } from "@/app/_server/auth";
import { authRequestHeaders } from "@/app/_server/client-address";
import { loginMethods } from "@/app/_server/config";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso";

/**
 * The sign-in page's SSO link: starts the OpenID Connect sign-in (better-auth keeps the state, PKCE
 * verifier and nonce, and sets this browser's state cookie) and sends the browser to the provider.
 * A plain link, so it works without JavaScript; starting a sign-in changes nothing until the
 * provider sends back a code for this browser's state.
 */
export async function GET(): Promise<Response> {
  if (!loginMethods().sso) return new Response(null, { status: 303, headers: { Location: "/sign-in" } });
  try {
    const { headers, response } = await getAuth().api.signInSocial({
      body: { provider: SSO_PROVIDER_ID, callbackURL: "/checkin", newUserCallbackURL: "/welcome", errorCallbackURL: "/sign-in" },
      headers: await authRequestHeaders(),
      returnHeaders: true,
    });
    if (!response.url) throw new Error("no authorization URL");
    const redirect = new Headers({ Location: response.url, "Cache-Control": "no-store" });
    for (const cookie of headers.getSetCookie()) redirect.append("Set-Cookie", cookie);
    return new Response(null, { status: 303, headers: redirect });
  } catch {
    // The provider is unreachable or refused (see the server log): say so on the sign-in page.
    return new Response(null, { status: 303, headers: { Location: "/sign-in?error=sso_unavailable" } });
  }
}
