"use client";
import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to a useActionState dispatcher without React's automatic form reset, so what the
 * leader typed stays in place beside any error (https://github.com/facebook/react/issues/29034).
 */
export function useSubmitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
}
