import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { focusFirstInvalid } from './focus-first-invalid';

/** A form's input, validated: the command to send, or what is wrong per field. */
export type Validated<Command, Errors> = { command: Command } | { errors: Errors };

/**
 * Sends valid input; otherwise shows the errors at the fields from then on, and takes the
 * keyboard to the first one.
 */
export function useValidatedSubmit<Command, Errors extends object>(
  result: Validated<Command, Errors>,
  onValid: (command: Command) => void,
) {
  const [showErrors, setShowErrors] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if ('command' in result) {
      onValid(result.command);
      return;
    }
    // The fields must say what is wrong before the focus can find them.
    flushSync(() => setShowErrors(true));
    focusFirstInvalid(formRef.current);
  };
  const errors: Partial<Errors> = showErrors && 'errors' in result ? result.errors : {};
  return { formRef, submit, errors };
}
