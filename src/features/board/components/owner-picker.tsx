import { Combobox, Field, Option, Persona } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../domain/person';
import type { BoundField } from '../../../ui/form/form-field';
import { useSiteUsers } from '../api/get-site-users';

function matches(person: Person, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${person.name} ${person.email}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Search the site's people by name or e-mail; they are read when the picker first shows. */
export function OwnerPicker({
  field: { ref, name, value: owner, onChange, onBlur },
  validation,
}: BoundField<Person | undefined>) {
  const { t } = useTranslation();
  const users = useSiteUsers();
  const [query, setQuery] = useState(owner?.name ?? '');
  // While the box shows the chosen owner, every person is offered, not just that one.
  const searching = query !== (owner?.name ?? '');
  const people = (users.data ?? []).filter((person) => !searching || matches(person, query));

  return (
    <Field
      label={t('actionForm.owner')}
      {...(users.isError
        ? { validationState: 'warning', validationMessage: t('actionForm.peopleFailed') }
        : validation)}
    >
      <Combobox
        ref={ref}
        name={name}
        value={query}
        selectedOptions={owner ? [String(owner.id)] : []}
        placeholder={t('actionForm.ownerPlaceholder')}
        clearable
        onChange={(event) => setQuery(event.target.value)}
        onBlur={onBlur}
        onOptionSelect={(_, data) => {
          const person = users.data?.find((candidate) => String(candidate.id) === data.optionValue);
          onChange(person);
          setQuery(person?.name ?? '');
        }}
      >
        {users.isPending ? (
          <Option value="" disabled>
            {t('actionForm.loadingPeople')}
          </Option>
        ) : people.length === 0 ? (
          <Option value="" disabled>
            {t('actionForm.noPeople')}
          </Option>
        ) : (
          people.map((person) => (
            <Option key={person.id} value={String(person.id)} text={person.name}>
              <Persona size="extra-small" name={person.name} secondaryText={person.email} />
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
