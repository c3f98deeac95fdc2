export type AuthFormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, unknown>;
} | null;

export type AuthFormAction = (state: AuthFormState, formData: FormData) => Promise<AuthFormState>;

export function fieldValue(state: AuthFormState, name: string): string | undefined {
  const value = state?.values?.[name];
  return typeof value === "string" ? value : undefined;
}
