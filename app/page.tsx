import { redirect } from "next/navigation";
import { getSessionUser } from "@/app/_server/auth";

export default async function Home() {
  const user = await getSessionUser();
  redirect(user ? "/checkin" : "/sign-in");
}
