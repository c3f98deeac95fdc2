import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/app/_server/auth";
import { withClientAddressRequest } from "@/app/_server/client-address";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(withClientAddressRequest(request));
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(withClientAddressRequest(request));
}
