/** Focuses a form field by id; for a radio it is the group's checked choice, as Tab would land. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!(field instanceof HTMLElement)) return;
  if (field instanceof HTMLInputElement && field.type === "radio" && field.form) {
    const checked = [...field.form.querySelectorAll<HTMLInputElement>(`input[type="radio"]`)].find(
      (r) => r.name === field.name && r.checked,
    );
    (checked ?? field).focus();
    return;
  }
  field.focus();
}
