import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getSessionUser } from "@/app/_server/auth";

export default async function Home() {
  await connection();
  const user = await getSessionUser();
  redirect(user ? "/checkin" : "/sign-in");
}
