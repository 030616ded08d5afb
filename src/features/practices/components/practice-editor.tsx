import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Tab,
  TabList,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ThemeCheckboxes } from '../../../ui/form/theme-checkboxes';
import { TITLE_MAX_LENGTH } from '../../../domain/action';
import {
  checkImages,
  MAX_IMAGES,
  PRACTICE_BODY_MAX_LENGTH,
  practiceInputSchema,
  type ImageProblem,
  type ImageUpload,
  type Practice,
  type PracticeCommand,
  type PracticeFilter,
} from '../../../domain/practice';
import { ConfirmDiscard, useDiscardConfirm } from '../../../ui/form/confirm-discard';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm, type FormIssue } from '../../../ui/form/use-zod-form';
import { ConflictStep, SaveFailureMessage } from '../../../ui/save-dialog-steps';
import { useConflictSave } from '../../../ui/use-conflict-save';
import { usePlan } from '../../../ui/use-plan';
import { useCreatePractice, useUpdatePractice } from '../api/practice-mutations';
import { useImages } from '../api/practice-queries';
import {
  PRACTICE_CONFLICT_FIELDS,
  practiceCommandOf,
  storedPracticeOf,
  type PracticeConflictField,
} from '../practice-command';
import { PracticeBody } from './practice-body';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  themes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  preview: {
    minHeight: '120px',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  images: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  thumb: { maxHeight: '80px', maxWidth: '120px', display: 'block' },
});

interface EditorValues {
  title: string;
  body: string;
  themeIds: number[];
  pilotId: number | undefined;
  actionId: number | undefined;
}

interface PendingImage extends ImageUpload {
  key: string;
  url: string;
}

type FormError =
  'themesRequired' | 'titleTooLong' | 'titleRequired' | 'bodyTooLong' | 'bodyRequired' | 'invalid';

/** A chosen file's bytes: what is checked is what it holds, never its name or stated type. */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

function formError(issue: FormIssue): FormError {
  const field = String(issue.path?.[0] ?? '');
  if (field === 'themeIds') return 'themesRequired';
  if (field === 'title') return issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
  if (field === 'body') return issue.code === 'too_big' ? 'bodyTooLong' : 'bodyRequired';
  return 'invalid';
}

/** The body as it will show; it alone follows each keystroke, not the whole form. */
function Preview({ control }: { control: Control<EditorValues, unknown, PracticeCommand> }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const body = useWatch({ control, name: 'body' });
  return (
    <section className={styles.preview} aria-label={t('practices.editor.preview')}>
      {body.trim() ? (
        <PracticeBody markdown={body} />
      ) : (
        <Text>{t('practices.editor.previewEmpty')}</Text>
      )}
    </section>
  );
}

/** Writes a post: Markdown with a preview, themes, a pilot or action, and up to four images. */
export function PracticeEditor({
  practice,
  defaults,
  onClose,
  onSaved,
}: {
  practice: Practice | undefined;
  defaults: PracticeFilter;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const plan = usePlan();
  const create = useCreatePractice();
  const update = useUpdatePractice();
  const existing = useImages(practice?.id ?? 0, practice?.hasImages === true);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [pending, setPending] = useState<PendingImage[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [imageProblem, setImageProblem] = useState<ImageProblem>();
  const startValues: EditorValues = {
    title: practice?.title ?? '',
    body: practice?.body ?? '',
    themeIds: practice?.themeIds ?? (defaults.themeId ? [defaults.themeId] : []),
    pilotId: practice?.pilotId ?? defaults.pilotId,
    actionId: practice?.actionId ?? defaults.actionId,
  };
  const form = useZodForm(practiceInputSchema, startValues, (issue) =>
    t(`practices.editor.errors.${formError(issue)}`, {
      max: formError(issue) === 'titleTooLong' ? TITLE_MAX_LENGTH : PRACTICE_BODY_MAX_LENGTH,
    }),
  );
  const dirty = form.formState.isDirty || pending.length > 0 || removed.length > 0;
  const discard = useDiscardConfirm(dirty, onClose);
  useEffect(() => () => pending.forEach((image) => URL.revokeObjectURL(image.url)), [pending]);

  const kept = (existing.data ?? []).filter((image) => !removed.includes(image.name));
  const choose = async (files: FileList | null) => {
    if (!files) return;
    const uploads = await Promise.all(
      [...files].map(async (file) => ({
        name: file.name,
        bytes: await bytesOf(file),
      })),
    );
    const problem = checkImages([...pending, ...uploads], kept.length);
    setImageProblem(problem);
    if (problem) return;
    setPending((current) => [
      ...current,
      ...uploads.map((upload, index) => ({
        ...upload,
        key: `${Date.now()}-${index}`,
        url: URL.createObjectURL(new Blob([upload.bytes.slice().buffer])),
      })),
    ]);
  };
  const problemText = (problem: ImageProblem) =>
    problem.kind === 'too-many'
      ? t('practices.editor.errors.tooMany', { max: MAX_IMAGES })
      : problem.kind === 'too-large'
        ? t('practices.editor.errors.tooLarge', { name: problem.name })
        : t('practices.editor.errors.notAnImage', { name: problem.name });

  const images = pending.map(({ name, bytes }) => ({ name, bytes }));
  // A 412 stops before any image is sent, so the images go with the merged save.
  const save = useConflictSave({
    item: practice,
    create: {
      mutate: (input, callbacks) => create.mutate({ input, images }, callbacks),
      isPending: create.isPending,
    },
    update: {
      mutate: ({ id, command, version }, callbacks) =>
        update.mutate({ id, input: command, version, add: images, remove: removed }, callbacks),
      isPending: update.isPending,
    },
    onCreated: () => {
      onSaved(t('practices.editor.save'));
      onClose();
    },
    onUpdated: () => {
      onSaved(t('practices.editor.saveEdit'));
      onClose();
    },
    conflictFields: PRACTICE_CONFLICT_FIELDS,
    commandOf: practiceCommandOf,
    storedOf: storedPracticeOf,
    saveFailedTitle: t('practices.editor.errors.saveFailed'),
  });
  const texts = {
    save: t('practices.editor.saveEdit'),
    saving: t('practices.editor.saving'),
    cancel: t('practices.editor.cancel'),
  };
  const labels: Record<PracticeConflictField, string> = {
    title: t('practices.editor.title'),
    body: t('practices.editor.body'),
    themeIds: t('practices.editor.themes'),
    pilotId: t('practices.editor.pilot'),
    actionId: t('practices.editor.action'),
  };
  const describe = (field: PracticeConflictField, command: PracticeCommand): string => {
    const titleOf = (items: { id: number; title: string }[] | undefined, id: number | undefined) =>
      id === undefined
        ? t('practices.editor.none')
        : (items?.find((item) => item.id === id)?.title ?? `#${id}`);
    switch (field) {
      case 'title':
      case 'body':
        return command[field];
      case 'themeIds':
        return command.themeIds
          .map((id) => plan.data?.themes.find((theme) => theme.id === id)?.name ?? `#${id}`)
          .join(', ');
      case 'pilotId':
        return titleOf(plan.data?.pilots, command.pilotId);
      case 'actionId':
        return titleOf(plan.data?.actions, command.actionId);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && discard.requestClose()}>
      <DialogSurface aria-describedby={undefined}>
        {save.conflict ? (
          <ConflictStep
            title={t('practices.editor.editTitle')}
            rows={save.conflictRows(labels, describe)}
            onChoose={save.choose}
            failure={save.failure}
            pending={save.pending}
            texts={texts}
            onSaveMerged={save.saveMerged}
            onCancel={discard.requestClose}
          />
        ) : (
          <form noValidate onSubmit={form.handleSubmit(save.save)}>
            <DialogBody>
              <DialogTitle>
                {practice ? t('practices.editor.editTitle') : t('practices.editor.createTitle')}
              </DialogTitle>
              <DialogContent className={styles.form}>
                <FormField
                  control={form.control}
                  name="title"
                  label={t('practices.editor.title')}
                  required
                >
                  {(field) => <Input {...textInput(field)} />}
                </FormField>
                <TabList
                  size="small"
                  selectedValue={tab}
                  onTabSelect={(_, data) => setTab(data.value as 'write' | 'preview')}
                >
                  <Tab value="write">{t('practices.editor.write')}</Tab>
                  <Tab value="preview">{t('practices.editor.preview')}</Tab>
                </TabList>
                {tab === 'write' ? (
                  <FormField
                    control={form.control}
                    name="body"
                    label={t('practices.editor.body')}
                    hint={t('practices.editor.bodyHint')}
                    required
                  >
                    {(field) => <Textarea {...textInput(field)} rows={8} resize="vertical" />}
                  </FormField>
                ) : (
                  <Preview control={form.control} />
                )}
                <FormField
                  control={form.control}
                  name="themeIds"
                  label={t('practices.editor.themes')}
                  required
                >
                  {(field, controlProps) => (
                    <ThemeCheckboxes
                      field={field}
                      controlProps={controlProps}
                      themes={plan.data?.themes ?? []}
                      className={styles.themes}
                    />
                  )}
                </FormField>
                <FormField
                  control={form.control}
                  name="pilotId"
                  label={t('practices.editor.pilot')}
                >
                  {(field) => (
                    <Select
                      ref={field.ref}
                      value={field.value === undefined ? '' : String(field.value)}
                      onChange={(_, data) =>
                        field.onChange(data.value ? Number(data.value) : undefined)
                      }
                    >
                      <option value="">{t('practices.editor.none')}</option>
                      {(plan.data?.pilots ?? []).map((pilot) => (
                        <option key={pilot.id} value={String(pilot.id)}>
                          {pilot.title}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <FormField
                  control={form.control}
                  name="actionId"
                  label={t('practices.editor.action')}
                >
                  {(field) => (
                    <Select
                      ref={field.ref}
                      value={field.value === undefined ? '' : String(field.value)}
                      onChange={(_, data) =>
                        field.onChange(data.value ? Number(data.value) : undefined)
                      }
                    >
                      <option value="">{t('practices.editor.none')}</option>
                      {(plan.data?.actions ?? []).map((action) => (
                        <option key={action.id} value={String(action.id)}>
                          {action.title}
                        </option>
                      ))}
                    </Select>
                  )}
                </FormField>
                <Field
                  label={t('practices.editor.images')}
                  validationMessage={imageProblem ? problemText(imageProblem) : undefined}
                  validationState={imageProblem ? 'error' : 'none'}
                >
                  {(controlProps) => (
                    <input
                      {...controlProps}
                      type="file"
                      multiple
                      accept="image/png,image/jpeg,image/webp"
                      onChange={(event) => {
                        void choose(event.currentTarget.files);
                        event.currentTarget.value = '';
                      }}
                    />
                  )}
                </Field>
                {(kept.length > 0 || pending.length > 0) && (
                  <ul className={styles.images}>
                    {kept.map((image) => (
                      <li key={image.name}>
                        <Button
                          size="small"
                          icon={<DismissRegular />}
                          onClick={() => setRemoved((current) => [...current, image.name])}
                        >
                          {t('practices.editor.removeImage', { name: image.name })}
                        </Button>
                      </li>
                    ))}
                    {pending.map((image) => (
                      <li key={image.key}>
                        <img className={styles.thumb} src={image.url} alt={image.name} />
                        <Button
                          size="small"
                          icon={<DismissRegular />}
                          onClick={() =>
                            setPending((current) => current.filter((other) => other !== image))
                          }
                        >
                          {t('practices.editor.removeImage', { name: image.name })}
                        </Button>
                      </li>
                    ))}
                  </ul>
                )}
                <SaveFailureMessage failure={save.failure} />
              </DialogContent>
              <DialogActions>
                <Button onClick={discard.requestClose}>{t('practices.editor.cancel')}</Button>
                <Button type="submit" appearance="primary" disabled={save.pending}>
                  {save.pending
                    ? t('practices.editor.saving')
                    : practice
                      ? t('practices.editor.saveEdit')
                      : t('practices.editor.save')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
        <ConfirmDiscard discard={discard} onDiscard={onClose} />
      </DialogSurface>
    </Dialog>
  );
}
