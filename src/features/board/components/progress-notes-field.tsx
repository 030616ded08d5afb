import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
  useMergedRefs,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgressNote } from '../../../domain/action';
import type { CalendarDate } from '../../../domain/calendar-date';
import { textInput, type BoundField } from '../../../ui/form/form-field';
import { useFormatDate } from '../../../ui/format-date';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  notes: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  date: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  add: { alignSelf: 'flex-start' },
});

export interface ProgressNotesFieldProps {
  notes: BoundField<ProgressNote[]>;
  /** Notes before this index are stored; only the ones added now can be taken back. */
  storedCount: number;
  /** The new note, saved with the action even if "add note" was not pressed. */
  draft: BoundField<string>;
  today: CalendarDate;
}

/** The dated progress log: what is there, and a new note dated today. */
export function ProgressNotesField({ notes, storedCount, draft, today }: ProgressNotesFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const formatDate = useFormatDate();
  // A refused note, written now or added before, is told and fixed at the new note.
  const draftRef = useMergedRefs(draft.field.ref, notes.field.ref);
  const validation =
    draft.validation.validationMessage === undefined ? notes.validation : draft.validation;
  const list = notes.field.value;
  const onNotesChange = notes.field.onChange;
  return (
    <section className={styles.root} aria-label={t('actionForm.notes')}>
      <Text weight="semibold">{t('actionForm.notes')}</Text>
      {list.length === 0 ? (
        <Caption1>{t('actionForm.noNotes')}</Caption1>
      ) : (
        <ul className={styles.notes}>
          {list.map((note, index) => (
            <li key={`${note.date}-${index}`} className={styles.note}>
              <Caption1 className={styles.date}>{formatDate(note.date)}</Caption1>
              <Text className={styles.text}>{note.text}</Text>
              {index >= storedCount && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t('actionForm.removeNote', { date: formatDate(note.date) })}
                  onClick={() => onNotesChange(list.filter((_, other) => other !== index))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Field
        label={t('actionForm.newNote')}
        hint={t('actionForm.newNoteHint', { date: formatDate(today) })}
        {...validation}
      >
        <Textarea {...textInput(draft.field)} ref={draftRef} resize="vertical" />
      </Field>
      <Button
        className={styles.add}
        icon={<AddRegular />}
        disabled={draft.field.value.trim() === ''}
        onClick={() => {
          onNotesChange([...list, { date: today, text: draft.field.value.trim() }]);
          draft.field.onChange('');
        }}
      >
        {t('actionForm.addNote')}
      </Button>
    </section>
  );
}
