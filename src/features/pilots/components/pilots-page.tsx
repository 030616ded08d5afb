import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionSummary } from '../../../domain/action';
import type { Pilot } from '../../../domain/pilot';
import type { Theme } from '../../../domain/theme';
import { LiveRegion } from '../../../ui/live-region';
import { CardsSkeleton, LoadError } from '../../../ui/query-states';
import { useCurrentUser } from '../../../ui/use-current-user';
import { usePlan } from '../../../ui/use-plan';
import { PilotDialog } from './pilot-dialog';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  card: { height: '100%' },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  actions: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  edit: { alignSelf: 'flex-start' },
});

type DialogTarget = { kind: 'create' } | { kind: 'edit'; pilot: Pilot };

/** The plan's pilots with their themes and linked actions; coordinators add and edit them. */
export function PilotsPage() {
  const { t } = useTranslation();
  const styles = useStyles();
  const plan = usePlan();
  const user = useCurrentUser();
  const [dialog, setDialog] = useState<DialogTarget>();
  const [announcement, setAnnouncement] = useState('');
  const isCoordinator = user.data?.isCoordinator === true;
  const pilots = [...(plan.data?.pilots ?? [])].sort((a, b) => b.year - a.year || a.id - b.id);

  return (
    <section className={styles.page} aria-labelledby="pilots-heading">
      <div className={styles.header}>
        <Title2 as="h1" id="pilots-heading">
          {t('pilots.heading')}
        </Title2>
        {isCoordinator && plan.data && (
          <Button
            appearance="primary"
            icon={<AddRegular />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('pilots.newPilot')}
          </Button>
        )}
      </div>
      <Body1>{t('pilots.intro')}</Body1>
      {plan.isPending ? (
        <CardsSkeleton count={5} />
      ) : plan.isError ? (
        <LoadError error={plan.error} onRetry={() => void plan.refetch()} />
      ) : pilots.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('pilots.empty')}</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.grid}>
          {pilots.map((pilot) => (
            <li key={pilot.id}>
              <PilotCard
                pilot={pilot}
                themes={plan.data.themes}
                actions={plan.data.actions.filter((action) => action.pilotIds.includes(pilot.id))}
                onEdit={isCoordinator ? () => setDialog({ kind: 'edit', pilot }) : undefined}
              />
            </li>
          ))}
        </ul>
      )}
      <LiveRegion message={announcement} />
      {dialog && plan.data && (
        <PilotDialog
          pilot={dialog.kind === 'edit' ? dialog.pilot : undefined}
          themes={plan.data.themes}
          onClose={() => setDialog(undefined)}
          onDone={(message) => {
            setDialog(undefined);
            setAnnouncement(message);
          }}
        />
      )}
    </section>
  );
}

function PilotCard({
  pilot,
  themes,
  actions,
  onEdit,
}: {
  pilot: Pilot;
  themes: Theme[];
  actions: ActionSummary[];
  onEdit: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = `pilot-${pilot.id}`;
  return (
    <Card className={styles.card} role="article" aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {pilot.title}
      </Subtitle2>
      <ul className={styles.badges}>
        <li>
          <Badge appearance="outline" color="informative">
            {t('pilots.year')} {pilot.year}
          </Badge>
        </li>
        <li>
          <Badge appearance="tint" color={pilot.status === 'completed' ? 'success' : 'brand'}>
            {t(`pilotStatus.${pilot.status}`)}
          </Badge>
        </li>
      </ul>
      <ul className={styles.badges} aria-label={t('pilots.themes')}>
        {pilot.themeIds.map((id) => (
          <li key={id}>
            <Badge appearance="tint" color="subtle">
              {themes.find((theme) => theme.id === id)?.name ?? `#${id}`}
            </Badge>
          </li>
        ))}
      </ul>
      {pilot.description && <Body1>{pilot.description}</Body1>}
      <Text weight="semibold">{t('pilots.actions')}</Text>
      {actions.length === 0 ? (
        <Caption1>{t('pilots.noActions')}</Caption1>
      ) : (
        <ul className={styles.actions} aria-label={t('pilots.actions')}>
          {actions.map((action) => (
            <li key={action.id}>
              <Text>{action.title}</Text> <Caption1>({t(`status.${action.status}`)})</Caption1>
            </li>
          ))}
        </ul>
      )}
      {onEdit && (
        <Button
          className={styles.edit}
          icon={<EditRegular />}
          aria-describedby={headingId}
          onClick={onEdit}
        >
          {t('pilots.edit')}
        </Button>
      )}
    </Card>
  );
}
