import {
  Button,
  Caption1,
  makeStyles,
  Persona,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../../../data/errors';
import type { CurrentUser } from '../../../data/repositories';
import {
  COMMENT_MAX_LENGTH,
  commentInputSchema,
  type PracticeComment,
} from '../../../domain/practice';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { FormField, textInput } from '../../../ui/form/form-field';
import { useZodForm, type FormIssue } from '../../../ui/form/use-zod-form';
import { useCommentMutations } from '../api/practice-mutations';
import { useComments } from '../api/practice-queries';
import { ConfirmButton } from './confirm-button';
import { usePostedDate } from './practice-card';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  body: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', display: 'block' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '640px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function useCommentMessage() {
  const { t } = useTranslation();
  return (issue: FormIssue) =>
    issue.code === 'too_big'
      ? t('practices.comment.tooLong', { max: COMMENT_MAX_LENGTH })
      : t('practices.comment.required');
}

function CommentForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const form = useZodForm(commentInputSchema, { body: initial }, useCommentMessage());
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={form.handleSubmit(async ({ body }) => {
        await onSubmit(body);
        form.reset({ body: '' });
      })}
    >
      <FormField control={form.control} name="body" label={t('practices.comment.label')}>
        {(field) => <Textarea {...textInput(field)} resize="vertical" />}
      </FormField>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('practices.comment.cancel')}</Button>}
      </div>
    </form>
  );
}

/** Flat comments, oldest first; each author edits and deletes their own. */
export function CommentSection({
  practiceId,
  user,
  onMessage,
}: {
  practiceId: number;
  user: CurrentUser | undefined;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const comments = useComments(practiceId);
  const { add, update, remove } = useCommentMutations(practiceId);
  const [editing, setEditing] = useState<number>();
  const posted = usePostedDate();
  const fail = (error: unknown) =>
    onMessage(
      isDataError(error, 'conflict')
        ? t('practices.conflict')
        : t(`errors.${isDataError(error) ? error.kind : 'unknown'}`),
    );

  const item = (comment: PracticeComment) => {
    const mine = user !== undefined && comment.author?.id === user.id;
    const date = posted(comment.created);
    return (
      <li key={comment.id}>
        <Persona
          size="extra-small"
          name={comment.author?.name ?? t('practices.unknownAuthor')}
          secondaryText={<time dateTime={date.iso}>{date.text}</time>}
        />
        {editing === comment.id ? (
          <CommentForm
            initial={comment.body}
            submitLabel={t('practices.comment.save')}
            onCancel={() => setEditing(undefined)}
            onSubmit={(body) =>
              update
                .mutateAsync({ id: comment.id, input: { body }, version: comment.version })
                .then(() => setEditing(undefined), fail)
            }
          />
        ) : (
          <Text className={styles.body}>{comment.body}</Text>
        )}
        {mine && editing !== comment.id && (
          <div className={styles.actions}>
            <Button size="small" appearance="subtle" onClick={() => setEditing(comment.id)}>
              {t('practices.comment.edit')}
            </Button>
            <ConfirmButton
              size="small"
              appearance="subtle"
              label={t('practices.comment.delete')}
              question={t('practices.comment.confirmDelete')}
              onConfirm={() =>
                remove.mutate(
                  { id: comment.id, version: comment.version },
                  { onSuccess: () => onMessage(t('practices.comment.deleted')), onError: fail },
                )
              }
            />
          </div>
        )}
      </li>
    );
  };

  return (
    <section aria-labelledby="practice-comments">
      <Subtitle2 as="h3" id="practice-comments">
        {t('practices.comment.heading')}
      </Subtitle2>
      {comments.isPending ? (
        <CardsSkeleton count={2} />
      ) : comments.isError ? (
        <LoadError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : comments.data.items.length === 0 ? (
        <Caption1 as="p">{t('practices.comment.none')}</Caption1>
      ) : (
        <ul className={styles.list}>{comments.data.items.map(item)}</ul>
      )}
      <CommentForm
        initial=""
        submitLabel={t('practices.comment.add')}
        onSubmit={(body) =>
          add.mutateAsync({ body }).then(() => onMessage(t('practices.comment.added')), fail)
        }
      />
    </section>
  );
}
