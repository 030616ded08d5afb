import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isDataError } from '../../../data/errors';
import type { Practice } from '../../../domain/practice';
import { AppLink } from '../../../ui/app-link';
import { LiveRegion } from '../../../ui/live-region';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePractice, useStats } from '../api/practice-queries';
import { CommentSection } from './comment-section';
import { PracticeCard } from './practice-card';
import { PracticeEditor } from './practice-editor';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '880px',
  },
});

/** `/practices/:id` (and the Teams deep link `practice-N`): the post with its comments. */
export function PracticePage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const practice = usePractice(valid ? id : 0);
  const user = useCurrentUser();
  const stats = useStats(valid ? [id] : [], user.data?.id);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState<Practice>();

  const back = <AppLink to="/practices">{t('practices.backToFeed')}</AppLink>;
  if (!valid || (practice.isError && isDataError(practice.error, 'not-found'))) {
    return (
      <div className={styles.page}>
        {back}
        <MessageBar intent="warning">
          <MessageBarBody>{t('practices.notFound')}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return (
    <div className={styles.page}>
      {back}
      {practice.isPending ? (
        <CardsSkeleton count={1} />
      ) : practice.isError ? (
        <LoadError error={practice.error} onRetry={() => void practice.refetch()} />
      ) : (
        <>
          <PracticeCard
            practice={practice.data}
            stats={stats.data?.get(id)}
            user={user.data}
            standalone
            onEdit={setEditing}
            onMessage={setMessage}
            onDeleted={() => void navigate('/practices')}
          />
          <CommentSection practiceId={id} user={user.data} onMessage={setMessage} />
        </>
      )}
      {editing && (
        <PracticeEditor
          practice={editing}
          defaults={{}}
          onClose={() => setEditing(undefined)}
          onSaved={setMessage}
        />
      )}
      <LiveRegion message={message} />
    </div>
  );
}
