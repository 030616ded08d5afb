import { Input, Select } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { enter } from '../../../tests/support/enter-text';
import { TestFluentProvider } from '../../../tests/support/test-fluent-provider';
import { FormField, textInput } from './form-field';
import { useZodForm, type FormIssue } from './use-zod-form';

const schema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(10)),
  year: z.int().check(z.minimum(2020)),
});

const messageOf = (issue: FormIssue) =>
  issue.path?.[0] === 'year'
    ? 'Kies een jaar vanaf 2020.'
    : issue.code === 'too_big'
      ? 'Hooguit 10 tekens.'
      : 'Vul een naam in.';

function Form({ onValid }: { onValid: (output: z.output<typeof schema>) => void }) {
  const form = useZodForm(schema, { name: '', year: 2019 }, messageOf);
  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate>
      <FormField control={form.control} name="name" label="Naam" required>
        {(field) => <Input {...textInput(field)} />}
      </FormField>
      <FormField control={form.control} name="year" label="Jaar">
        {(field) => (
          <Select
            ref={field.ref}
            value={String(field.value)}
            onChange={(_, data) => field.onChange(Number(data.value))}
          >
            <option value="2019">2019</option>
            <option value="2025">2025</option>
          </Select>
        )}
      </FormField>
      <button type="submit">Opslaan</button>
    </form>
  );
}

describe('a zod form with Fluent fields', () => {
  it('says nothing until the first submit, then what is wrong at each field, and after that follows the input', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(
      <TestFluentProvider>
        <Form onValid={onValid} />
      </TestFluentProvider>,
    );
    const name = screen.getByRole('textbox', { name: /Naam/ });
    await enter(user, name, 'x'.repeat(11));
    expect(screen.queryByText('Hooguit 10 tekens.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    // The check runs as a promise, so the messages show a moment after the click.
    expect(await screen.findByText('Hooguit 10 tekens.')).toBeInTheDocument();
    expect(screen.getByText('Kies een jaar vanaf 2020.')).toBeInTheDocument();
    expect(name).toHaveFocus();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    expect(await screen.findByText('Vul een naam in.')).toBeInTheDocument();
    await enter(user, name, ' Maastricht ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Jaar' }), '2025');
    await waitFor(() => expect(screen.queryByText('Vul een naam in.')).not.toBeInTheDocument());
    expect(screen.queryByText('Kies een jaar vanaf 2020.')).not.toBeInTheDocument();
    expect(onValid).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(onValid).toHaveBeenCalledWith({ name: 'Maastricht', year: 2025 }, expect.anything()),
    );
  });
});
