import {
  Badge,
  Button,
  Card,
  Caption1,
  makeStyles,
  Persona,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { EditRegular, PinRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../data/repositories';
import { isDataError } from '../../../data/errors';
import type { Practice, PracticeStats } from '../../../domain/practice';
import { AppLink } from '../../../ui/app-link';
import { usePlan } from '../../../ui/use-plan';
import { useDeletePractice, useModeratePractice } from '../api/practice-mutations';
import { ConfirmButton } from './confirm-button';
import { PracticeBody } from './practice-body';
import { PracticeImages } from './practice-images';
import { ReactionBar } from './reaction-bar';
import { ShareButtons } from './share-buttons';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hidden: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  titleLink: { color: 'inherit' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

const AMSTERDAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });
const DATE_FORMATS = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }),
};

/** When it was posted, as a calendar date in Maastricht. */
export function usePostedDate(): (instant: string) => { text: string; iso: string } {
  const { i18n } = useTranslation();
  const format = i18n.language === 'en' ? DATE_FORMATS.en : DATE_FORMATS.nl;
  return (instant) => {
    const date = new Date(instant);
    return { text: format.format(date), iso: AMSTERDAM_DATE.format(date) };
  };
}

export interface PracticeCardProps {
  practice: Practice;
  stats: PracticeStats | undefined;
  user: CurrentUser | undefined;
  /** On the post's own page the title is the page's heading and links nowhere. */
  standalone?: boolean;
  onEdit: (practice: Practice) => void;
  onMessage: (message: string) => void;
  onDeleted?: () => void;
}

/** One good example: who, when, linked to what, its text, images, reactions and comments. */
export function PracticeCard({
  practice,
  stats,
  user,
  standalone = false,
  onEdit,
  onMessage,
  onDeleted,
}: PracticeCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const plan = usePlan();
  const posted = usePostedDate()(practice.created);
  const remove = useDeletePractice();
  const moderate = useModeratePractice();
  const mine = user !== undefined && practice.author?.id === user.id;
  const themes = (plan.data?.themes ?? []).filter((theme) => practice.themeIds.includes(theme.id));
  const pilot = plan.data?.pilots.find((candidate) => candidate.id === practice.pilotId);
  const action = plan.data?.actions.find((candidate) => candidate.id === practice.actionId);
  const fail = (error: unknown) =>
    onMessage(
      isDataError(error, 'conflict')
        ? t('practices.conflict')
        : t(`errors.${isDataError(error) ? error.kind : 'unknown'}`),
    );
  const Heading = standalone ? 'h2' : 'h3';

  return (
    <Card
      role="article"
      aria-labelledby={`practice-title-${practice.id}`}
      className={practice.hidden ? `${styles.card} ${styles.hidden}` : styles.card}
    >
      <div className={styles.header}>
        <Subtitle1 as={Heading} id={`practice-title-${practice.id}`} className={styles.title}>
          {standalone ? (
            practice.title
          ) : (
            <AppLink className={styles.titleLink} to={`/practices/${practice.id}`}>
              {practice.title}
            </AppLink>
          )}
        </Subtitle1>
        <Persona
          size="small"
          name={practice.author?.name ?? t('practices.unknownAuthor')}
          secondaryText={
            <time dateTime={posted.iso}>
              {t('practices.postedBy', {
                name: practice.author?.name ?? t('practices.unknownAuthor'),
                date: posted.text,
              })}
            </time>
          }
        />
        <ul className={styles.badges} aria-label={t('practices.themes')}>
          {practice.pinned && (
            <li>
              <Badge appearance="filled" color="brand" icon={<PinRegular />}>
                {t('practices.pinned')}
              </Badge>
            </li>
          )}
          {practice.hidden && (
            <li>
              <Badge appearance="filled" color="danger">
                {t('practices.hiddenBadge')}
              </Badge>
            </li>
          )}
          {themes.map((theme) => (
            <li key={theme.id}>
              <Badge appearance="tint">{theme.name}</Badge>
            </li>
          ))}
          {pilot && (
            <li>
              <Badge appearance="outline">
                {t('practices.pilot')}: {pilot.title}
              </Badge>
            </li>
          )}
          {action && (
            <li>
              <Badge appearance="outline">
                {t('practices.action')}: {action.title}
              </Badge>
            </li>
          )}
        </ul>
      </div>
      {practice.hidden && <Caption1>{t('practices.hiddenNote')}</Caption1>}
      <PracticeBody markdown={practice.body} />
      {practice.hasImages && <PracticeImages id={practice.id} title={practice.title} />}
      <ReactionBar practiceId={practice.id} stats={stats} userId={user?.id} />
      <div className={styles.footer}>
        {!standalone && (
          <AppLink to={`/practices/${practice.id}`}>
            {t('practices.comments', { count: stats?.comments ?? 0 })}
          </AppLink>
        )}
        <ShareButtons practice={practice} onMessage={onMessage} />
        {mine && !practice.hidden && (
          <Button
            size="small"
            appearance="subtle"
            icon={<EditRegular />}
            onClick={() => onEdit(practice)}
          >
            {t('practices.edit')}
          </Button>
        )}
        {mine && !practice.hidden && (
          <ConfirmButton
            size="small"
            appearance="subtle"
            label={t('practices.delete')}
            question={t('practices.confirmDelete')}
            onConfirm={() =>
              remove.mutate(practice, {
                onSuccess: () => {
                  onMessage(t('practices.deleted'));
                  onDeleted?.();
                },
                onError: fail,
              })
            }
          />
        )}
        {user?.isCoordinator && (
          <>
            <Button
              size="small"
              appearance="subtle"
              disabled={moderate.isPending}
              onClick={() =>
                moderate.mutate(
                  { practice, change: practice.pinned ? 'unpin' : 'pin' },
                  {
                    onSuccess: () =>
                      onMessage(
                        t(
                          practice.pinned
                            ? 'practices.moderation.unpinned'
                            : 'practices.moderation.pinned',
                        ),
                      ),
                    onError: fail,
                  },
                )
              }
            >
              {t(practice.pinned ? 'practices.moderation.unpin' : 'practices.moderation.pin')}
            </Button>
            {practice.hidden ? (
              <Button
                size="small"
                appearance="subtle"
                disabled={moderate.isPending}
                onClick={() =>
                  moderate.mutate(
                    { practice, change: 'unhide' },
                    { onSuccess: () => onMessage(t('practices.moderation.shown')), onError: fail },
                  )
                }
              >
                {t('practices.moderation.unhide')}
              </Button>
            ) : (
              <ConfirmButton
                size="small"
                appearance="subtle"
                disabled={moderate.isPending}
                label={t('practices.moderation.hide')}
                question={t('practices.moderation.confirmHide')}
                onConfirm={() =>
                  moderate.mutate(
                    { practice, change: 'hide' },
                    { onSuccess: () => onMessage(t('practices.moderation.hidden')), onError: fail },
                  )
                }
              />
            )}
          </>
        )}
      </div>
    </Card>
  );
}
