import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Subtitle1,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDataError } from '../../../data/errors';
import type { AmbitionAssessment } from '../../../domain/ambition';
import { calendarDateIn, yearOf } from '../../../domain/calendar-date';
import { confirmedByYear, openDraft, themeLadderProgress } from '../../../domain/ladder-progress';
import type { Theme } from '../../../domain/theme';
import { useNow } from '../../../ui/clock';
import { useFormatDate } from '../../../ui/format-date';
import { LiveRegion } from '../../../ui/live-region';
import { LoadError } from '../../../ui/query-states';
import { SaveError } from '../../../ui/save-error';
import { useCurrentUser } from '../../../ui/use-current-user';
import { useLadderLabel } from '../../../ui/use-ladder-label';
import { useAssessments, useConfirmAssessment } from '../api/assessment-queries';
import { assessableYears } from '../assessment-form';
import { AssessmentDialog } from './assessment-dialog';
import { LadderChart } from './ladder-chart';
import { useProgressWords } from './use-progress-words';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  years: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  entries: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalM,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  links: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  pre: { whiteSpace: 'pre-wrap' },
});

type Editing =
  | { draft: AmbitionAssessment | undefined; from: AmbitionAssessment | undefined; year: number }
  | undefined;

/** The theme page's "Ambitieladder": the chart, the gap in words, the assessments and their steps. */
export function ThemeAssessments({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const now = useNow();
  const currentYear = yearOf(calendarDateIn(now));
  const assessments = useAssessments();
  const user = useCurrentUser();
  const confirm = useConfirmAssessment();
  const words = useProgressWords();
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<AmbitionAssessment>();
  const [message, setMessage] = useState('');

  const heading = (
    <Subtitle1 as="h2" id="theme-ambition">
      {t('assessments.heading')}
    </Subtitle1>
  );
  if (assessments.isPending) {
    return (
      <section className={styles.section} aria-labelledby="theme-ambition">
        {heading}
        <Skeleton aria-label={t('app.loading')} aria-busy>
          <SkeletonItem size={128} />
        </Skeleton>
      </section>
    );
  }
  if (assessments.isError) {
    return (
      <section className={styles.section} aria-labelledby="theme-ambition">
        {heading}
        <LoadError error={assessments.error} onRetry={() => void assessments.refetch()} />
      </section>
    );
  }

  const items = assessments.data.items.filter((item) => item.themeId === theme.id);
  const progress = themeLadderProgress(theme, items, currentYear);
  const { gap, pace } = words(progress);
  const me = user.data;
  const canDraft = me !== undefined && (me.isCoordinator || theme.owner?.id === me.id);
  const canConfirm = me?.isCoordinator === true;
  const years = assessableYears(currentYear);
  const confirmed = confirmedByYear(items, theme.id);
  const assessedYears = [...new Set(items.map((item) => item.year))].sort((a, b) => b - a);
  const defaultYear = years.find((year) => !confirmed.has(year)) ?? years[years.length - 1];

  const startNew = (year: number) => {
    const open = openDraft(items, theme.id, year);
    setEditing({ draft: open, from: open ? undefined : confirmed.get(year), year });
  };

  return (
    <section className={styles.section} aria-labelledby="theme-ambition">
      {heading}
      <LiveRegion message={message} />
      <LadderChart progress={progress} themeName={theme.name} />
      <Body1>
        <strong>{gap}</strong> {pace}
      </Body1>
      {assessments.data.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('assessments.problems', { count: assessments.data.problems.length })}
          </MessageBarBody>
        </MessageBar>
      )}
      {confirm.isError && (
        <SaveError
          title={
            isDataError(confirm.error, 'forbidden')
              ? t('assessments.confirmForbidden')
              : t('assessments.confirmFailed')
          }
          error={confirm.error}
          onRetry={() => {
            if (confirm.variables) confirm.mutate(confirm.variables);
          }}
        />
      )}
      <Subtitle2 as="h3">{t('assessments.listHeading')}</Subtitle2>
      {canDraft && (
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => startNew(defaultYear ?? currentYear)}>
            {t('assessments.newAssessment')}
          </Button>
        </div>
      )}
      {assessedYears.length === 0 ? (
        <Caption1>{t('assessments.empty')}</Caption1>
      ) : (
        <ol className={styles.years}>
          {assessedYears.map((year) => {
            const ofYear = items
              .filter((item) => item.year === year)
              .sort((a, b) => b.revision - a.revision || (a.state === 'confirmed' ? -1 : 1));
            const open = openDraft(items, theme.id, year);
            const latest = confirmed.get(year);
            return (
              <li key={year}>
                <Card role="region" aria-labelledby={`assessment-year-${year}`}>
                  <div className={styles.row}>
                    <Subtitle2 as="h4" id={`assessment-year-${year}`}>
                      {t('assessments.year', { year })}
                    </Subtitle2>
                    {canDraft && !open && latest && (
                      <Button size="small" onClick={() => startNew(year)}>
                        {t('assessments.correct')}
                      </Button>
                    )}
                  </div>
                  <ul className={styles.entries}>
                    {ofYear.map((item) => (
                      <AssessmentEntry
                        key={item.id}
                        item={item}
                        superseded={
                          item.state === 'confirmed' &&
                          latest !== undefined &&
                          latest.id !== item.id
                        }
                        isOpen={open?.id === item.id}
                        canDraft={canDraft}
                        canConfirm={canConfirm}
                        confirmPending={confirm.isPending}
                        onEdit={() => setEditing({ draft: item, from: undefined, year })}
                        onConfirm={() => setConfirming(item)}
                      />
                    ))}
                  </ul>
                </Card>
              </li>
            );
          })}
        </ol>
      )}
      {editing && (
        <AssessmentDialog
          theme={theme}
          draft={editing.draft}
          from={editing.from}
          years={years}
          defaultYear={editing.year}
          onClose={() => setEditing(undefined)}
          onDone={(done) => {
            setEditing(undefined);
            setMessage(done);
          }}
        />
      )}
      <Dialog
        open={confirming !== undefined}
        onOpenChange={(_, data) => {
          if (!data.open) setConfirming(undefined);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('assessments.confirmTitle')}</DialogTitle>
            <DialogContent>
              {confirming &&
                t('assessments.confirmQuestion', {
                  year: confirming.year,
                  theme: theme.name,
                  revision: confirming.revision,
                })}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(undefined)}>
                {t('assessments.form.cancel')}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const item = confirming;
                  setConfirming(undefined);
                  if (!item) return;
                  confirm.mutate(
                    { id: item.id, version: item.version },
                    {
                      onSuccess: (saved) =>
                        setMessage(t('assessments.confirmed', { year: saved.year })),
                    },
                  );
                }}
              >
                {t('assessments.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function AssessmentEntry({
  item,
  superseded,
  isOpen,
  canDraft,
  canConfirm,
  confirmPending,
  onEdit,
  onConfirm,
}: {
  item: AmbitionAssessment;
  superseded: boolean;
  isOpen: boolean;
  canDraft: boolean;
  canConfirm: boolean;
  confirmPending: boolean;
  onEdit: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelOf = useLadderLabel();
  const formatDate = useFormatDate();
  const dateOf = (instant: string) => formatDate(instant.slice(0, 10));
  const confirmedItem = item.state === 'confirmed';
  return (
    <li className={styles.entry}>
      <div className={styles.row}>
        <Badge
          appearance={confirmedItem ? 'filled' : 'outline'}
          color={confirmedItem ? 'success' : 'informative'}
        >
          {confirmedItem ? t('assessments.state.confirmed') : t('assessments.state.draft')}
        </Badge>
        <Text weight="semibold">
          {t('assessments.levelLine', { level: item.level, label: labelOf(item.level) })}
        </Text>
        <Text>{t(`assessments.status.${item.status}`)}</Text>
        <Caption1>{t('assessments.revision', { revision: item.revision })}</Caption1>
        {superseded && (
          <Badge appearance="tint" color="subtle">
            {t('assessments.superseded')}
          </Badge>
        )}
        {!confirmedItem && !isOpen && (
          <Badge appearance="tint" color="subtle">
            {t('assessments.draftDone')}
          </Badge>
        )}
      </div>
      <Body1 className={styles.pre}>{item.explanation}</Body1>
      {item.evidence.length > 0 && (
        <ul className={styles.links} aria-label={t('assessments.evidence')}>
          {item.evidence.map((link) => (
            <li key={link}>
              <Link href={link} target="_blank" rel="noopener noreferrer">
                {link}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {item.act && (
        <Body1 className={styles.pre}>
          <strong>{t('assessments.act')}:</strong> {item.act}
        </Body1>
      )}
      <Caption1>
        {t('assessments.assessedBy', {
          name: item.assessedBy?.name ?? t('assessments.unknownPerson'),
          date: dateOf(item.assessedAt),
        })}
        {item.confirmedAt &&
          ` · ${t('assessments.confirmedBy', {
            name: item.confirmedBy?.name ?? t('assessments.unknownPerson'),
            date: dateOf(item.confirmedAt),
          })}`}
      </Caption1>
      {isOpen && (canDraft || canConfirm) && (
        <div className={styles.row}>
          {canDraft && (
            <Button size="small" onClick={onEdit}>
              {t('assessments.edit')}
            </Button>
          )}
          {canConfirm && (
            <Button size="small" appearance="primary" disabled={confirmPending} onClick={onConfirm}>
              {t('assessments.confirm')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
