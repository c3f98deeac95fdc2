"use client";
import type React from "react";
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { echoedValue, fieldErrorsOf, type ActionState, type FormAction } from "@/lib/action-result";
import { FieldError } from "@/components/ui/field";

const StateContext = createContext<ActionState<unknown>>(null);

/**
 * A form of /reflect bound to its server action with useActionState: it works without JavaScript
 * (the page renders again with the answer), shows the action's message above the fields and lets
 * `ReflectFieldError` put each field's message beside it.
 */
export function ActionForm({
  action,
  className,
  label,
  children,
}: {
  action: FormAction;
  className?: string;
  label?: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const formError = fieldErrorsOf(state).form;
  return (
    <StateContext value={state}>
      <form action={formAction} className={className} aria-label={label} aria-busy={pending || undefined}>
        {state && !state.ok && (
          <div role="alert" className="rounded-lg border border-alert bg-alert-soft px-3 py-2 text-sm text-alert-text sm:col-span-2 w-full">
            <p className="font-medium">{state.message}</p>
            {formError && formError !== state.message && <p>{formError}</p>}
          </div>
        )}
        {children}
      </form>
    </StateContext>
  );
}

/** The message for `name` from the last answer of the enclosing ActionForm (none until it refused). */
export function ReflectFieldError({ name, id }: { name: string; id: string }) {
  const state = useContext(StateContext);
  return <FieldError id={id} message={fieldErrorsOf(state)[name]} />;
}

/** What was typed into `name` before a refusal, else `fallback`: for an uncontrolled input's defaultValue. */
export function useEchoed(name: string, fallback: string): string {
  return echoedValue(useContext(StateContext), name) ?? fallback;
}

type InputProps = React.InputHTMLAttributes<HTMLInputElement> & { name: string; defaultValue?: string };
type TextareaProps = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; defaultValue?: string };
type SelectProps = React.SelectHTMLAttributes<HTMLSelectElement> & { name: string; defaultValue?: string };

/** The `aria-invalid` / `aria-describedby` of a control whose error line has the id `${id}-error`. */
function useInvalid(name: string, id: string | undefined) {
  const message = fieldErrorsOf(useContext(StateContext))[name];
  return message && id ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

/** An input that keeps what was typed when the form is refused (React resets a form after its action). */
export function EchoInput({ name, defaultValue = "", ...props }: InputProps) {
  return <input name={name} defaultValue={useEchoed(name, defaultValue)} {...props} {...useInvalid(name, props.id)} />;
}

export function EchoTextarea({ name, defaultValue = "", ...props }: TextareaProps) {
  return <textarea name={name} defaultValue={useEchoed(name, defaultValue)} {...props} {...useInvalid(name, props.id)} />;
}

export function EchoSelect({ name, defaultValue = "", children, ...props }: SelectProps) {
  const value = useEchoed(name, defaultValue);
  return (
    <select key={value} name={name} defaultValue={value} {...props} {...useInvalid(name, props.id)}>
      {children}
    </select>
  );
}

/** A radio button that stays chosen when the form is refused. */
export function EchoRadio({ name, value, defaultChecked = false, ...props }: Omit<InputProps, "type" | "defaultValue"> & { value: string }) {
  const state = useContext(StateContext);
  const echoed = echoedValue(state, name);
  const refused = state !== null && !state.ok && state.values !== undefined;
  return <input type="radio" name={name} value={value} defaultChecked={refused ? echoed === value : defaultChecked} {...props} />;
}
