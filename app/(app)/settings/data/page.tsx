import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { DemoControls } from "@/components/data/demo-controls";
import { RestoreForm } from "@/components/data/restore-form";
import { buttonClass } from "@/components/ui/button";
import { getDb } from "@/db";
import { getDataSummary } from "@/db/queries/backup";
import { requireUser } from "@/app/_server/auth";
import { MAX_IMPORT_BYTES } from "@/lib/validation/export-file";
import { loadDemoAction, removeDemoAction } from "./actions";

export const metadata: Metadata = { title: "Your data" };

const sectionClass = "space-y-3 rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900";

export default async function DataSettingsPage() {
  await connection();
  const user = await requireUser();
  const summary = await getDataSummary(getDb(), user.id);
  const ownWeeks = summary.checkins - summary.demoCheckins;

  return (
    <div className="space-y-6">
      <SettingsHeader title="Your data" />

      <section aria-labelledby="export-heading" className={sectionClass}>
        <h2 id="export-heading" className="text-lg font-semibold">
          Export a backup
        </h2>
        <p>
          Downloads your profile and your {ownWeeks === 1 ? "1 check-in" : `${ownWeeks} check-ins`} as one JSON file.
          Demo weeks are left out.
        </p>
        <a href="/api/export" download className={buttonClass("primary")}>
          Download backup
        </a>
      </section>

      <section aria-labelledby="restore-heading" className={sectionClass}>
        <h2 id="restore-heading" className="text-lg font-semibold">
          Restore a backup
        </h2>
        <p>
          Replaces your profile and all your check-ins, demo weeks included, with the ones in a backup file. You see what
          would change before anything is replaced.
        </p>
        <RestoreForm maxBytes={MAX_IMPORT_BYTES} />
      </section>

      <section aria-labelledby="demo-heading" className={sectionClass}>
        <h2 id="demo-heading" className="text-lg font-semibold">
          Demo history
        </h2>
        <DemoControls demoWeeks={summary.demoCheckins} ownWeeks={ownWeeks} loadDemo={loadDemoAction} removeDemo={removeDemoAction} />
      </section>
    </div>
  );
}
