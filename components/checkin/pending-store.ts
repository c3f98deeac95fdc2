"use client";
import { useSyncExternalStore } from "react";
import type { FormAction } from "@/lib/action-result";
import { CHECKIN_FIELD_NAMES, LEADER_FIELD, isOtherLeaderRefusal, type CheckinFormValues, type CheckinSaved, type CheckinSaveState } from "@/lib/checkin-form";
import {
  isPendingStorageKey,
  parsePendingCheckins,
  pendingStorageKey,
  serializePendingCheckins,
  withoutPending,
  withPending,
  type PendingCheckin,
} from "@/lib/pending-checkins";

export type SaveCheckinAction = FormAction<CheckinSaved>;

const CHANGE_EVENT = "pendulum:pending-checkins";
const SENT_EVENT = "pendulum:pending-checkin-sent";

export type PendingSent = { leaderId: string; week: string; state: CheckinSaveState };

/** Calls `listener` whenever a kept check-in reaches the server; returns the unsubscribe. */
export function onPendingSent(listener: (sent: PendingSent) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<PendingSent>).detail);
  window.addEventListener(SENT_EVENT, handler);
  return () => window.removeEventListener(SENT_EVENT, handler);
}
const EMPTY: PendingCheckin[] = [];

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readPending(leaderId: string): PendingCheckin[] {
  return parsePendingCheckins(storage()?.getItem(pendingStorageKey(leaderId)) ?? null, leaderId);
}

function write(leaderId: string, entries: PendingCheckin[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (entries.length === 0) store.removeItem(pendingStorageKey(leaderId));
    else store.setItem(pendingStorageKey(leaderId), serializePendingCheckins(entries));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return true;
}

/** Keeps a check-in on this device; false when the browser would not store it (private mode, full). */
export function keepPending(leaderId: string, values: CheckinFormValues, problem: string | null = null): boolean {
  const entry: PendingCheckin = { leaderId, week: values.week, values, keptAt: new Date().toISOString(), problem };
  return write(leaderId, withPending(readPending(leaderId), entry));
}

export function dropPending(leaderId: string, week: string): void {
  const entries = readPending(leaderId);
  if (entries.some((e) => e.week === week)) write(leaderId, withoutPending(entries, week));
}

/** Forgets every check-in this device holds, for every account: signing out leaves nothing behind. */
export function clearAllPending(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (isPendingStorageKey(key)) store.removeItem(key);
  } catch {
    return;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * Forgets what this device kept for every other account: once someone else is signed in here,
 * another leader's typed weeks (their private notes among them) do not stay behind in the browser.
 */
export function clearPendingExcept(leaderId: string): void {
  const store = storage();
  if (!store) return;
  const keep = pendingStorageKey(leaderId);
  try {
    const others = Object.keys(store).filter((key) => isPendingStorageKey(key) && key !== keep);
    if (others.length === 0) return;
    for (const key of others) store.removeItem(key);
  } catch {
    return;
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function formDataOf(leaderId: string, values: CheckinFormValues): FormData {
  const formData = new FormData();
  for (const name of CHECKIN_FIELD_NAMES) formData.set(name, values[name]);
  formData.set(LEADER_FIELD, leaderId);
  return formData;
}

export function valuesOf(formData: FormData, week: string): CheckinFormValues {
  const values = {} as CheckinFormValues;
  for (const name of CHECKIN_FIELD_NAMES) {
    const value = formData.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  values.week = week;
  return values;
}

export type FlushResult = { sent: string[]; waiting: number };
const inFlight = new Map<string, Promise<FlushResult>>();

/**
 * Sends the leader's kept check-ins one by one. A week the server refuses as invalid stays with its
 * message for the leader to fix; a network failure stops the run and leaves the rest for next time.
 */
export function flushPending(leaderId: string, save: SaveCheckinAction): Promise<FlushResult> {
  const running = inFlight.get(leaderId);
  if (running) return running;
  const run = (async (): Promise<FlushResult> => {
    const sent: string[] = [];
    for (const entry of readPending(leaderId)) {
      if (entry.problem) continue;
      let result: CheckinSaveState;
      try {
        result = await save(null, formDataOf(leaderId, entry.values));
      } catch {
        break;
      }
      if (result?.ok) {
        dropPending(leaderId, entry.week);
        sent.push(entry.week);
        window.dispatchEvent(new CustomEvent<PendingSent>(SENT_EVENT, { detail: { leaderId, week: entry.week, state: result } }));
      } else if (result && !isOtherLeaderRefusal(result)) {
        keepPending(leaderId, entry.values, result.message);
      } else {
        break;
      }
    }
    return { sent, waiting: readPending(leaderId).length };
  })().finally(() => inFlight.delete(leaderId));
  inFlight.set(leaderId, run);
  return run;
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || isPendingStorageKey(event.key)) onChange();
  };
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

const snapshots = new Map<string, { raw: string | null; entries: PendingCheckin[] }>();

function snapshot(leaderId: string): PendingCheckin[] {
  const raw = storage()?.getItem(pendingStorageKey(leaderId)) ?? null;
  const cached = snapshots.get(leaderId);
  if (cached && cached.raw === raw) return cached.entries;
  const entries = parsePendingCheckins(raw, leaderId);
  snapshots.set(leaderId, { raw, entries });
  return entries;
}

/** The leader's kept check-ins, live; none while rendering on the server. */
export function usePendingCheckins(leaderId: string): PendingCheckin[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot(leaderId),
    () => EMPTY,
  );
}
