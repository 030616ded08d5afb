import { Field, type FieldControlProps, type FieldProps } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import {
  useController,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
  type RefCallBack,
} from 'react-hook-form';

/** What a Fluent `Field` says about a registered field: nothing, or why it is refused. */
export interface FieldValidation {
  validationMessage: string | undefined;
  validationState: 'error' | 'none';
}

/** The first message in a field's error; a list or an object may hold it in one of its parts. */
function messageIn(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  for (const [key, part] of Object.entries(error)) {
    // `ref` is the field's element, not a part of the error.
    const message = key === 'ref' ? undefined : messageIn(part);
    if (message) return message;
  }
  return undefined;
}

/** A registered field as a control of more than one input (a picker, a list) takes it. */
export interface BoundField<Value> {
  field: {
    name: string;
    value: Value;
    onChange: (value: Value) => void;
    onBlur: () => void;
    /** For the element that takes the keyboard when the field is refused. */
    ref: RefCallBack;
  };
  validation: FieldValidation;
}

/** A registered field's `BoundField`, for a control of more than one input. */
export function useFormField<
  Values extends FieldValues,
  Name extends FieldPath<Values>,
  Output = Values,
>(control: Control<Values, unknown, Output>, name: Name) {
  const { field, fieldState } = useController({ control, name });
  const validationMessage = messageIn(fieldState.error);
  const validation: FieldValidation = {
    validationMessage,
    validationState: validationMessage ? 'error' : 'none',
  };
  return { field, validation };
}

/** A Fluent `Input` or `Textarea` bound to a registered text field. */
export function textInput(field: BoundField<string>['field']) {
  return {
    ref: field.ref,
    name: field.name,
    value: field.value,
    onChange: (_: unknown, data: { value: string }) => field.onChange(data.value),
    onBlur: field.onBlur,
  };
}

/** A Fluent `Field` for one registered field; the child renders its control from `field`. */
export function FormField<
  Values extends FieldValues,
  Name extends FieldPath<Values>,
  Output = Values,
>({
  control,
  name,
  children,
  ...props
}: Omit<FieldProps, 'children' | 'validationMessage' | 'validationState'> & {
  control: Control<Values, unknown, Output>;
  name: Name;
  /** `controlProps` label a control that is not Fluent's own, such as a group of checkboxes. */
  children: (
    field: ControllerRenderProps<Values, Name>,
    controlProps: FieldControlProps,
  ) => ReactElement;
}) {
  const { field, validation } = useFormField(control, name);
  return (
    <Field {...props} {...validation}>
      {(controlProps) => children(field, controlProps)}
    </Field>
  );
}
