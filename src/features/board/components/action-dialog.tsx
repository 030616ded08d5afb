import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Input,
  makeStyles,
  Option,
  Select,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  TITLE_MAX_LENGTH,
  type Action,
  type ActionCommand,
  type ActionSummary,
} from '../../../domain/action';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import type { Person } from '../../../domain/person';
import { useNow } from '../../../ui/clock';
import { useFormatDate } from '../../../ui/format-date';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput, useFormField } from '../../../ui/form/form-field';
import { useZodForm } from '../../../ui/form/use-zod-form';
import { LinkedPractices } from '../../../ui/linked-practices';
import { LoadError } from '../../../ui/query-states';
import { ConflictStep, FormStep, SaveFailureMessage } from '../../../ui/save-dialog-steps';
import { useConflictSave, type SaveFailure } from '../../../ui/use-conflict-save';
import type { ActionBoard } from '../action-board';
import { actionCommandOf, storedActionOf } from '../action-command';
import { ACTION_CONFLICT_FIELDS, type ActionConflictField } from '../action-conflict';
import { actionFormError, actionFormSchema, actionFormValues } from '../action-form';
import { useCreateAction } from '../api/create-action';
import { useDeleteAction } from '../api/delete-action';
import { useAction } from '../api/get-action';
import { useUpdateAction } from '../api/update-action';
import { ActionDetails } from './action-details';
import { ActionHistory } from './action-history';
import { ActionOutcome, BoardPlanYearsContext, planYearsById } from './action-outcome';
import { OwnerPicker } from './owner-picker';
import { ProgressNotesField } from './progress-notes-field';
import { TimingField } from './timing-field';

const useStyles = makeStyles({
  surface: { maxWidth: '720px', width: '100%' },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  fieldset: {
    margin: 0,
    padding: 0,
    border: 'none',
    display: 'flex',
    flexDirection: 'column',
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  start: { marginInlineEnd: 'auto' },
});

export interface ActionDialogProps {
  /** The theme's board; for an organisation-wide action, one with no theme (and no goal field). */
  board: ActionBoard;
  /** The card of the action to open; none to create one. */
  action: ActionSummary | undefined;
  canEdit: boolean;
  /** The goal a new action starts under (the goal the board is filtered on). */
  defaultGoalId: number | undefined;
  onClose: () => void;
  /** After a save or delete, with a sentence that says what happened and the action saved. */
  onDone: (message: string, saved?: Action) => void;
}

/** Creates, edits or (read-only) shows an action. Mounted per opening, so each starts fresh. */
export function ActionDialog(props: ActionDialogProps) {
  const styles = useStyles();
  const { action, canEdit, onClose } = props;
  // The editor holds the input, so it tells whether closing loses any.
  const [dirty, setDirty] = useState(false);
  const discard = useDiscardConfirm(dirty, onClose);
  const inner = { ...props, onClose: discard.requestClose, onDirtyChange: setDirty };
  return (
    <Dialog
      open
      onOpenChange={(_, data) => {
        if (!data.open) discard.requestClose();
      }}
    >
      <DialogSurface className={styles.surface}>
        <BoardPlanYearsContext.Provider value={planYearsById(props.board.actions)}>
          {action ? (
            <OpenedAction {...inner} card={action} />
          ) : (
            canEdit && <ActionEditor {...inner} action={undefined} />
          )}
        </BoardPlanYearsContext.Provider>
        <ConfirmDiscard discard={discard} onDiscard={onClose} />
      </DialogSurface>
    </Dialog>
  );
}

/** `onClose` asks first while the editor says it holds unsaved input. */
interface DiscardProps {
  onDirtyChange: (dirty: boolean) => void;
}

type OpenedActionProps = Omit<ActionDialogProps, 'action'> & DiscardProps & { card: ActionSummary };

/**
 * An action from the board: the card has no description or progress notes, so they are read as
 * the dialog opens. The form waits for them, so a save never blanks what it has not shown.
 */
function OpenedAction({ card, ...props }: OpenedActionProps) {
  const { t } = useTranslation();
  const details = useAction(card.id);
  const failure = details.isError && (
    <LoadError error={details.error} onRetry={() => void details.refetch()} />
  );
  if (!props.canEdit) {
    return (
      <DialogBody>
        <DialogTitle>{card.title}</DialogTitle>
        <DialogContent>
          {failure}
          <ActionDetails
            action={details.data ?? card}
            texts={details.data ?? (details.isError ? 'failed' : 'loading')}
            board={props.board}
          />
          <LinkedPractices filter={{ actionId: card.id }} headingLevel={3} />
          <ActionHistory actionId={card.id} />
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={props.onClose}>
            {t('actionForm.close')}
          </Button>
        </DialogActions>
      </DialogBody>
    );
  }
  if (details.data) return <ActionEditor {...props} action={details.data} />;
  return (
    <DialogBody>
      <DialogTitle>{card.title}</DialogTitle>
      <DialogContent>{failure || <Spinner label={t('actionForm.loadingAction')} />}</DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('actionForm.cancel')}</Button>
      </DialogActions>
    </DialogBody>
  );
}

type ActionEditorProps = Omit<ActionDialogProps, 'action'> &
  DiscardProps & {
    /** The whole action as just read; none to create one. */
    action: Action | undefined;
  };

function ActionEditor({
  board,
  action,
  defaultGoalId,
  onClose,
  onDone,
  onDirtyChange,
}: ActionEditorProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const today = calendarDateIn(useNow());
  const themeKey = board.theme?.key;
  const remove = useDeleteAction(themeKey);
  const [defaults] = useState(() => actionFormValues(action, { goalId: defaultGoalId, today }));
  const themeId = board.theme?.id;
  const schema = useMemo(() => actionFormSchema({ themeId, today }), [themeId, today]);
  const form = useZodForm(schema, defaults, (issue) =>
    t(`actionForm.errors.${actionFormError(issue)}`, { max: TITLE_MAX_LENGTH }),
  );
  const { control } = form;
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  const timing = useFormField(control, 'timing');
  const owner = useFormField(control, 'owner');
  const pilotIds = useFormField(control, 'pilotIds');
  const progressNotes = useFormField(control, 'progressNotes');
  const noteDraft = useFormField(control, 'noteDraft');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useConflictSave({
    item: action,
    create: useCreateAction(themeKey),
    update: useUpdateAction(themeKey),
    onCreated: (created) => onDone(t('board.created', { title: created.title }), created),
    onUpdated: (saved) => onDone(t('board.saved', { title: saved.title }), saved),
    conflictFields: ACTION_CONFLICT_FIELDS,
    commandOf: actionCommandOf,
    storedOf: storedActionOf,
    saveFailedTitle: t('actionForm.saveFailed'),
  });
  const pending = save.pending || remove.isPending;
  const texts = {
    save: t('actionForm.save'),
    saving: t('actionForm.saving'),
    cancel: t('actionForm.cancel'),
  };
  const { labels, describe } = useActionFieldDescriptions(board, [
    save.conflict?.theirs.owner,
    owner.field.value,
    action?.owner,
  ]);

  const deleteAction = () => {
    if (!action) return;
    save.attempt(t('actionForm.deleteFailed'), (onError) =>
      remove.mutate(action, {
        onSuccess: () => onDone(t('board.deleted', { title: action.title })),
        onError,
      }),
    );
  };

  if (confirmDelete && action) {
    return (
      <ConfirmDelete
        title={action.title}
        failure={save.failure}
        pending={pending}
        onConfirm={deleteAction}
        onCancel={() => setConfirmDelete(false)}
      />
    );
  }

  if (save.conflict) {
    return (
      <ConflictStep
        title={t('actionForm.editTitle')}
        rows={save.conflictRows(labels, describe)}
        onChoose={save.choose}
        failure={save.failure}
        pending={pending}
        texts={texts}
        onSaveMerged={save.saveMerged}
        onCancel={onClose}
      />
    );
  }

  const currentYear = yearOf(today);
  return (
    <FormStep
      title={action ? t('actionForm.editTitle') : t('actionForm.createTitle')}
      onSubmit={form.handleSubmit(save.save)}
      failure={save.failure}
      pending={pending}
      texts={texts}
      onCancel={onClose}
      actions={
        action && (
          <Button
            className={styles.start}
            icon={<DeleteRegular />}
            disabled={pending}
            onClick={() => setConfirmDelete(true)}
          >
            {t('actionForm.delete')}
          </Button>
        )
      }
    >
      <FormField control={control} name="title" label={t('actionForm.title')} required>
        {(field) => <Input {...textInput(field)} />}
      </FormField>
      <FormField control={control} name="description" label={t('actionForm.description')}>
        {(field) => <Textarea {...textInput(field)} resize="vertical" />}
      </FormField>
      <div className={styles.pair}>
        {board.theme && (
          <FormField control={control} name="goalId" label={t('actionForm.goal')}>
            {(field) => (
              <Dropdown
                ref={field.ref}
                value={
                  board.goals.find((goal) => goal.id === field.value)?.title ??
                  t('actionForm.noGoal')
                }
                selectedOptions={[field.value === undefined ? 'none' : String(field.value)]}
                onBlur={field.onBlur}
                onOptionSelect={(_, data) =>
                  field.onChange(
                    data.optionValue && data.optionValue !== 'none'
                      ? Number(data.optionValue)
                      : undefined,
                  )
                }
              >
                <Option value="none">{t('actionForm.noGoal')}</Option>
                {board.goals.map((goal) => (
                  <Option key={goal.id} value={String(goal.id)}>
                    {goal.title}
                  </Option>
                ))}
              </Dropdown>
            )}
          </FormField>
        )}
        <FormField control={control} name="status" label={t('actionForm.status')}>
          {(field) => (
            <Dropdown
              ref={field.ref}
              value={t(`status.${field.value}`)}
              selectedOptions={[field.value]}
              onBlur={field.onBlur}
              onOptionSelect={(_, data) => {
                const status = ACTION_STATUSES.find((candidate) => candidate === data.optionValue);
                if (status) field.onChange(status);
              }}
            >
              {ACTION_STATUSES.map((status) => (
                <Option key={status} value={status}>
                  {t(`status.${status}`)}
                </Option>
              ))}
            </Dropdown>
          )}
        </FormField>
        <FormField control={control} name="planYear" label={t('planUpdate.action.planYear')}>
          {(field) => (
            <Select
              ref={field.ref}
              name={field.name}
              value={field.value === undefined ? '' : String(field.value)}
              onBlur={field.onBlur}
              onChange={(_, data) =>
                field.onChange(data.value === '' ? undefined : Number(data.value))
              }
            >
              {!action && <option value="">{t('planUpdate.action.planYearFromTiming')}</option>}
              {planYearChoices(currentYear, action?.planYear).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          )}
        </FormField>
      </div>
      {action?.closure && <ActionOutcome action={action} />}
      <TimingField
        {...timing}
        years={Array.from({ length: 8 }, (_, index) => currentYear - 1 + index)}
      />
      <OwnerPicker {...owner} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('actionForm.pilots')}</legend>
        {board.pilots.length === 0
          ? t('actionForm.noPilots')
          : board.pilots.map((pilot, index) => (
              <Checkbox
                key={pilot.id}
                ref={index === 0 ? pilotIds.field.ref : undefined}
                label={pilot.title}
                checked={pilotIds.field.value.includes(pilot.id)}
                onChange={(_, data) =>
                  pilotIds.field.onChange(
                    data.checked
                      ? [...pilotIds.field.value, pilot.id]
                      : pilotIds.field.value.filter((id) => id !== pilot.id),
                  )
                }
              />
            ))}
      </fieldset>
      <ProgressNotesField
        notes={progressNotes}
        storedCount={action?.progressNotes.length ?? 0}
        draft={noteDraft}
        today={today}
      />
      {action && <LinkedPractices filter={{ actionId: action.id }} headingLevel={3} />}
      {action && <ActionHistory actionId={action.id} />}
    </FormStep>
  );
}

/** The plan years on offer: last year to six years ahead, and the action's own. */
function planYearChoices(currentYear: number, own: number | undefined): number[] {
  const years = Array.from({ length: 8 }, (_, index) => currentYear - 1 + index);
  return own === undefined || years.includes(own) ? years : [own, ...years].sort((a, b) => a - b);
}

/** How the conflict step names an action's fields and shows their values. */
function useActionFieldDescriptions(
  board: ActionBoard,
  /** Whoever may be named as owner on either side. */
  people: (Person | undefined)[],
) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const labels: Record<ActionConflictField, string> = {
    title: t('actionForm.title'),
    description: t('actionForm.description'),
    goalId: t('actionForm.goal'),
    timing: t('actionForm.timing'),
    ownerId: t('actionForm.owner'),
    pilotIds: t('actionForm.pilots'),
    status: t('actionForm.status'),
    progressNotes: t('actionForm.notes'),
  };
  const describe = (field: ActionConflictField, command: ActionCommand): string => {
    switch (field) {
      case 'title':
      case 'description':
      case 'timing':
        return command[field];
      case 'goalId':
        return (
          board.goals.find((goal) => goal.id === command.goalId)?.title ?? t('actionForm.noGoal')
        );
      case 'ownerId':
        return command.ownerId === undefined
          ? t('actionForm.noOwner')
          : (people.find((person) => person?.id === command.ownerId)?.name ??
              `#${command.ownerId}`);
      case 'pilotIds':
        return command.pilotIds
          .map((id) => board.pilots.find((pilot) => pilot.id === id)?.title ?? `#${id}`)
          .join(', ');
      case 'status':
        return t(`status.${command.status}`);
      case 'progressNotes':
        return command.progressNotes
          .map((note) => `${formatDate(note.date)}: ${note.text}`)
          .join('\n');
    }
  };
  return { labels, describe };
}

/** The dialog asks before it deletes; the safe choice has the focus. */
function ConfirmDelete({
  title,
  failure,
  pending,
  onConfirm,
  onCancel,
}: {
  title: string;
  failure: SaveFailure | undefined;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <DialogBody>
      <DialogTitle>{t('actionForm.deleteTitle')}</DialogTitle>
      <DialogContent>
        <SaveFailureMessage failure={failure} />
        {t('actionForm.deleteBody', { title })}
      </DialogContent>
      <DialogActions>
        <Button
          appearance="primary"
          icon={<DeleteRegular />}
          disabled={pending}
          onClick={onConfirm}
        >
          {t('actionForm.delete')}
        </Button>
        <Button ref={cancelRef} onClick={onCancel}>
          {t('actionForm.cancel')}
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
