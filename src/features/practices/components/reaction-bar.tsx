import { makeStyles, tokens, ToggleButton } from '@fluentui/react-components';
import {
  LightbulbRegular,
  LightbulbFilled,
  ThumbLikeRegular,
  ThumbLikeFilled,
  CheckmarkStarburstRegular,
  CheckmarkStarburstFilled,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { REACTION_KINDS, type PracticeStats, type ReactionKind } from '../../../domain/practice';
import { useToggleReaction } from '../api/practice-mutations';

const ICONS: Record<ReactionKind, [typeof ThumbLikeRegular, typeof ThumbLikeFilled]> = {
  useful: [ThumbLikeRegular, ThumbLikeFilled],
  inspiring: [LightbulbRegular, LightbulbFilled],
  'will-use': [CheckmarkStarburstRegular, CheckmarkStarburstFilled],
};

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Toggles the reader's reactions; a toggle under way holds its button, so a double click is one. */
export function ReactionBar({
  practiceId,
  stats,
  userId,
}: {
  practiceId: number;
  stats: PracticeStats | undefined;
  userId: number | undefined;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const toggle = useToggleReaction(userId);
  const pendingKind = toggle.isPending ? toggle.variables.kind : undefined;
  return (
    <div role="group" aria-label={t('practices.reactions.label')} className={styles.bar}>
      {REACTION_KINDS.map((kind) => {
        const mine = stats?.mine.includes(kind) ?? false;
        const on = pendingKind === kind ? toggle.variables?.on === true : mine;
        const [Off, On] = ICONS[kind];
        const label = t(`practices.reactions.${kind}`);
        const count = (stats?.reactions[kind] ?? 0) + (pendingKind === kind ? (on ? 1 : -1) : 0);
        return (
          <ToggleButton
            key={kind}
            size="small"
            appearance="subtle"
            checked={on}
            icon={on ? <On /> : <Off />}
            disabled={!stats || userId === undefined}
            // Pending, it keeps its colours (a dimmed button fails contrast) and ignores clicks.
            aria-busy={pendingKind === kind || undefined}
            aria-label={t('practices.reactions.count', { label, count })}
            onClick={() => {
              if (toggle.isPending) return;
              toggle.mutate({ id: practiceId, kind, on: !mine });
            }}
          >
            {label} {count}
          </ToggleButton>
        );
      })}
    </div>
  );
}
