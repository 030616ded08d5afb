const CONTROL = 'input, textarea, select, button';

/** After a refused submit, takes the keyboard to the first field that says what is wrong. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const control = invalid?.matches(CONTROL)
    ? invalid
    : invalid?.querySelector<HTMLElement>(CONTROL);
  control?.focus();
}
