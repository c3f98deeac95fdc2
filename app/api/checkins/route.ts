import { apiContext } from "./_lib/context";
import { listCheckinsResponse, withErrorHandling } from "./_lib/handlers";

export async function GET(request: Request) {
  return withErrorHandling(async () => listCheckinsResponse(request, await apiContext(request)));
}
