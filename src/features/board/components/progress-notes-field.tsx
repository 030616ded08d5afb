import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ProgressNote } from '../../../domain/action';
import type { CalendarDate } from '../../../domain/calendar-date';
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
  notes: ProgressNote[];
  /** Notes before this index are stored; only the ones added now can be taken back. */
  storedCount: number;
  draft: string;
  onDraftChange: (draft: string) => void;
  onNotesChange: (notes: ProgressNote[]) => void;
  today: CalendarDate;
  validationMessage: string | undefined;
}

/** The dated progress log: what is there, and a new note dated today. */
export function ProgressNotesField({
  notes,
  storedCount,
  draft,
  onDraftChange,
  onNotesChange,
  today,
  validationMessage,
}: ProgressNotesFieldProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const formatDate = useFormatDate();
  return (
    <section className={styles.root} aria-label={t('actionForm.notes')}>
      <Text weight="semibold">{t('actionForm.notes')}</Text>
      {notes.length === 0 ? (
        <Caption1>{t('actionForm.noNotes')}</Caption1>
      ) : (
        <ul className={styles.notes}>
          {notes.map((note, index) => (
            <li key={`${note.date}-${index}`} className={styles.note}>
              <Caption1 className={styles.date}>{formatDate(note.date)}</Caption1>
              <Text className={styles.text}>{note.text}</Text>
              {index >= storedCount && (
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={t('actionForm.removeNote', { date: formatDate(note.date) })}
                  onClick={() => onNotesChange(notes.filter((_, other) => other !== index))}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Field
        label={t('actionForm.newNote')}
        hint={t('actionForm.newNoteHint', { date: formatDate(today) })}
        validationMessage={validationMessage}
      >
        <Textarea
          value={draft}
          resize="vertical"
          onChange={(_, data) => onDraftChange(data.value)}
        />
      </Field>
      <Button
        className={styles.add}
        icon={<AddRegular />}
        disabled={draft.trim() === ''}
        onClick={() => {
          onNotesChange([...notes, { date: today, text: draft.trim() }]);
          onDraftChange('');
        }}
      >
        {t('actionForm.addNote')}
      </Button>
    </section>
  );
}
