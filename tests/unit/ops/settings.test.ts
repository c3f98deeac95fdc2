import { describe, expect, it } from "vitest";
import { shutdownTimeoutMs } from "@/app/_server/lifecycle";
import { logLevelFromEnv } from "@/app/_server/logger";
import { backupSettingsFromEnv, parseKeep } from "@/lib/backup-settings";

describe("operating settings read at start", () => {
  it("LOG_LEVEL: info by default, any pino level, a clear error otherwise", () => {
    expect(logLevelFromEnv({})).toBe("info");
    expect(logLevelFromEnv({ LOG_LEVEL: " DEBUG " })).toBe("debug");
    expect(() => logLevelFromEnv({ LOG_LEVEL: "verbose" })).toThrow(/LOG_LEVEL must be one of/);
  });

  it("SHUTDOWN_TIMEOUT_SECONDS: 25 s by default, whole seconds only", () => {
    expect(shutdownTimeoutMs({})).toBe(25_000);
    expect(shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_SECONDS: "5" })).toBe(5_000);
    expect(() => shutdownTimeoutMs({ SHUTDOWN_TIMEOUT_SECONDS: "1.5" })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });

  it("BACKUP_DIR turns the daily backup on; BACKUP_KEEP is 1…1000, 7 by default", () => {
    expect(backupSettingsFromEnv({})).toBeNull();
    expect(backupSettingsFromEnv({ BACKUP_DIR: "/srv/b" })).toEqual({ dir: "/srv/b", keep: 7 });
    expect(backupSettingsFromEnv({ BACKUP_DIR: "/srv/b", BACKUP_KEEP: "14" })).toEqual({ dir: "/srv/b", keep: 14 });
    for (const bad of ["0", "-1", "two", "1001", "3.5"]) expect(() => parseKeep(bad)).toThrow(/BACKUP_KEEP/);
    expect(() => parseKeep("0", "--keep")).toThrow(/--keep/);
  });
});
