import "server-only";
import { getAuth, type SessionUser } from "./auth";

/**
 * The leader a JSON route or download answers for, from the request's session cookie; null when
 * signed out. The one way a route handler learns who is asking: never from the body or the URL.
 */
export async function apiLeader(request: Request): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: request.headers });
  return session ? { id: session.user.id, email: session.user.email, name: session.user.name } : null;
}
