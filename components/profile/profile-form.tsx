"use client";
import { useActionState } from "react";
import { PREVIOUS_ROLES, PREVIOUS_ROLE_LABELS } from "@/lib/enums";
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";
import { PROFILE_FIELD_NAMES, TARGET_FIELDS, type ProfileFormValues } from "@/lib/profile-form";
import { SaveBar } from "@/components/ui/save-bar";
import { FieldError, TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { ErrorSummary } from "@/components/checkin/error-summary";
import { useSubmitWithoutReset } from "@/components/checkin/use-submit-without-reset";
import { choiceChip } from "@/components/checkin/choice-chip";
import { TimeZoneField } from "./time-zone-field";

const LABELS: Record<string, string> = {
  displayName: "Display name",
  previousRole: "Role before leading",
  leadingSince: "Leading since",
  teamSize: "Team size",
  timeZone: "Time zone",
  "targets.meetingsMaxPct": "Meetings target",
  "targets.executionMinPct": "Execution target",
  "targets.mentoringMinPct": "Mentoring target",
};
const KNOWN_FIELDS = new Set<string>(PROFILE_FIELD_NAMES);
const idFor = (path: string) => `profile-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
const labelFor = (path: string) => LABELS[path] ?? path;

/** The leader's profile and time-split targets; used by onboarding and by settings. */
export function ProfileForm({
  initialValues,
  maxDate,
  submitLabel,
  saveAction,
}: {
  initialValues: ProfileFormValues;
  maxDate: string;
  submitLabel: string;
  saveAction: FormAction;
}) {
  const [state, dispatch, isPending] = useActionState(saveAction, null);
  const onSubmit = useSubmitWithoutReset(dispatch);
  const errors = fieldErrorsOf(state);
  const values: ProfileFormValues = state && !state.ok ? { ...initialValues, ...state.values } : initialValues;

  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-6">
      {state && !state.ok ? (
        <ErrorSummary message={state.message} fieldErrors={errors} labelFor={labelFor} idFor={idFor} knownFields={KNOWN_FIELDS} />
      ) : null}

      <Section id="about-heading" title="About you">
        <TextField
          id={idFor("displayName")}
          name="displayName"
          label="Display name"
          autoComplete="nickname"
          defaultValue={values.displayName}
          error={errors.displayName}
        />

        <fieldset
          role="radiogroup"
          aria-labelledby={`${idFor("previousRole")}-legend`}
          aria-invalid={errors.previousRole ? true : undefined}
          aria-describedby={errors.previousRole ? `${idFor("previousRole")}-error` : undefined}
        >
          <legend id={`${idFor("previousRole")}-legend`} className="text-sm font-medium">What did you do before leading?</legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {PREVIOUS_ROLES.map((role, i) => (
              <label key={role}>
                <input
                  id={i === 0 ? idFor("previousRole") : `${idFor("previousRole")}-${role}`}
                  type="radio"
                  name="previousRole"
                  value={role}
                  defaultChecked={values.previousRole === role}
                  className="peer sr-only"
                />
                <span className={choiceChip}>{PREVIOUS_ROLE_LABELS[role]}</span>
              </label>
            ))}
          </div>
          <FieldError id={`${idFor("previousRole")}-error`} message={errors.previousRole} />
        </fieldset>

        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id={idFor("leadingSince")}
            name="leadingSince"
            type="date"
            label="Leading since"
            hint="Roughly is fine."
            max={maxDate}
            defaultValue={values.leadingSince}
            error={errors.leadingSince}
          />
          <TextField
            id={idFor("teamSize")}
            name="teamSize"
            inputMode="numeric"
            label="Team size (optional)"
            hint="People who report to you."
            autoComplete="off"
            defaultValue={values.teamSize}
            error={errors.teamSize}
          />
        </div>
        <TimeZoneField id={idFor("timeZone")} defaultValue={values.timeZone} error={errors.timeZone} />
      </Section>

      <Section id="targets-heading" title="Your time-split targets">
        <p className="text-sm text-muted">
          Shares of your logged hours. The defaults suit most new leads; change them whenever you like.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          {TARGET_FIELDS.map((target) => (
            <TextField
              key={target.name}
              id={idFor(target.name)}
              name={target.name}
              inputMode="numeric"
              autoComplete="off"
              label={target.label}
              hint={target.why}
              defaultValue={values[target.name]}
              error={errors[target.name]}
            />
          ))}
        </div>
      </Section>

      <SaveBar label={submitLabel} isPending={isPending} state={state} />
    </form>
  );
}
