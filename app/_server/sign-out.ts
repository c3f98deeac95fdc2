"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "./auth";
import { NO_FIELDS, noFieldsSchema, validatedAction } from "./validated-action";

export const signOutAction = validatedAction(noFieldsSchema, NO_FIELDS, async () => {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
});
