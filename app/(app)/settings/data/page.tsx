import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsHeader } from "@/components/settings-header";
import { DemoControls } from "@/components/data/demo-controls";
import { RestoreForm } from "@/components/data/restore-form";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { getDb } from "@/db";
import { getDataSummary } from "@/db/queries/backup";
import { requireUser } from "@/app/_server/auth";
import { MAX_IMPORT_BYTES } from "@/lib/validation/export-file";
import { loadDemoAction, removeDemoAction } from "./actions";

export const metadata: Metadata = { title: "Your data" };

export default async function DataSettingsPage() {
  await connection();
  const user = await requireUser();
  const summary = await getDataSummary(getDb(), user.id);
  const ownWeeks = summary.checkins - summary.demoCheckins;

  return (
    <div className="space-y-6">
      <SettingsHeader title="Your data" />

      <Section id="export-heading" title="Export a backup" className="space-y-3">
        <p>
          Downloads your profile and your {ownWeeks === 1 ? "1 check-in" : `${ownWeeks} check-ins`} as one JSON file.
          Demo weeks are left out.
        </p>
        <a href="/api/export" download className={buttonClass("primary")}>
          Download backup
        </a>
      </Section>

      <Section id="restore-heading" title="Restore a backup" className="space-y-3">
        <p>
          Replaces your profile and all your check-ins, demo weeks included, with the ones in a backup file, and your
          experiments, wellbeing checks, reviews or replies when the file has its own. You see what would change before
          anything is replaced.
        </p>
        <RestoreForm maxBytes={MAX_IMPORT_BYTES} />
      </Section>

      <Section id="demo-heading" title="Demo history" className="space-y-3">
        <DemoControls demoWeeks={summary.demoCheckins} ownWeeks={ownWeeks} loadDemo={loadDemoAction} removeDemo={removeDemoAction} />
      </Section>
    </div>
  );
}
