import { zodResolver } from '@hookform/resolvers/zod';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type * as z from 'zod/mini';

/** What a form's message function is told about a refused value: its `path`, `code`, limits. */
export type FormIssue = z.core.$ZodRawIssue;

/**
 * A react-hook-form form checked by a zod schema, whose output is the command to send. Errors
 * show after the first submit and then follow every change; a refused submit takes the keyboard
 * to the first invalid field. `messageOf` words each issue, translated, at its field:
 *
 *   const form = useZodForm(pilotInputSchema, pilotFormValues(pilot, year), (issue) =>
 *     t(`pilots.errors.${pilotFormError(issue)}`, { max: TITLE_MAX_LENGTH }));
 *   <form onSubmit={form.handleSubmit(save)} noValidate>
 *     <FormField control={form.control} name="title" label={t('pilots.title')} required>
 *       {(field) => <Input {...textInput(field)} />}
 *     </FormField>
 *
 * A control of more than one input takes `useFormField(form.control, name)` instead. In a
 * dialog, `useDiscardConfirm(form.formState.isDirty, onClose)` guards every way out but a save,
 * and `<ConfirmDiscard>` inside the `DialogSurface` asks.
 */
export function useZodForm<
  Schema extends z.core.$ZodType<unknown, FieldValues>,
  Values extends z.input<Schema>,
>(
  schema: Schema,
  /** The form's starting values; their type may be stricter than the schema's input. */
  defaultValues: Values,
  messageOf: (issue: FormIssue) => string,
): UseFormReturn<Values, unknown, z.output<Schema>> {
  // A resolver for the schema's input also takes the narrower values the form holds.
  const resolver = zodResolver(schema, { error: messageOf }) as Resolver<
    Values,
    unknown,
    z.output<Schema>
  >;
  return useForm<Values, unknown, z.output<Schema>>({
    // A generic `Values` is not seen to fit RHF's deep partial of itself.
    defaultValues: defaultValues as DefaultValues<Values>,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}
