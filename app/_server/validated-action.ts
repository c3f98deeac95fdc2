import "server-only";
import { z } from "zod";
import { getDb } from "@/db";
import { getProfile, type ProfileRecord } from "@/db/queries/profiles";
import { actionContract } from "./action-contract";
import { requireUser, type SessionUser } from "./auth";

export type { ActionOptions, ToShape } from "./action-contract";

/** Who calls a leader's action: the signed-in user and their profile (null before onboarding). */
export type ActionLeader = { user: SessionUser; profile: ProfileRecord | null };

async function signedInLeader(): Promise<ActionLeader> {
  const user = await requireUser();
  return { user, profile: await getProfile(getDb(), user.id) };
}

/**
 * Every server action of a signed-in leader: `export const saveX = validatedAction(schema, toShape,
 * async (data, { user, profile }, formData) => …)`. A caller without a session is sent to sign-in
 * before anything is read.
 */
export const validatedAction = actionContract(signedInLeader);

/** The actions that serve people who are not signed in (sign-in, sign-up); nothing about a session is assumed. */
export const validatedPublicAction = actionContract(async () => null);

/** For actions that take no fields: whatever else is posted is ignored. */
export const NO_FIELDS = {} as const;
export const noFieldsSchema = z.object({});
