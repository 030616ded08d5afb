import {
  Button,
  Caption1Strong,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type ConflictSide = 'theirs' | 'yours';

/** One field that differs: how it reads as stored now and as the user wrote it. */
export interface ConflictRow<K extends string = string> {
  key: K;
  label: string;
  theirs: string;
  yours: string;
  choice: ConflictSide;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  all: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  rows: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  sides: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  side: {
    alignItems: 'flex-start',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/**
 * Both versions of every differing field side by side; the user picks one per field, or all of
 * one side at once. What is saved follows from the choices; nothing is taken silently.
 */
export function ConflictResolver<K extends string>({
  rows,
  onChoose,
}: {
  rows: ConflictRow<K>[];
  onChoose: (key: K, side: ConflictSide) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('conflict.title')}</MessageBarTitle>
          {rows.length === 0 ? t('conflict.noDifferences') : t('conflict.intro')}
        </MessageBarBody>
      </MessageBar>
      {rows.length > 0 && (
        <>
          <div className={styles.all}>
            <Button onClick={() => rows.forEach((row) => onChoose(row.key, 'theirs'))}>
              {t('conflict.allTheirs')}
            </Button>
            <Button onClick={() => rows.forEach((row) => onChoose(row.key, 'yours'))}>
              {t('conflict.allYours')}
            </Button>
          </div>
          <ul className={styles.rows}>
            {rows.map((row) => (
              <ConflictField key={row.key} row={row} onChoose={onChoose} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ConflictField<K extends string>({
  row,
  onChoose,
}: {
  row: ConflictRow<K>;
  onChoose: (key: K, side: ConflictSide) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const labelId = useId();
  const side = (which: ConflictSide) => (
    <Radio
      className={styles.side}
      value={which}
      label={
        <>
          <Caption1Strong>{t(`conflict.${which}`)}</Caption1Strong>
          <Text className={styles.value}>{row[which] || t('conflict.empty')}</Text>
        </>
      }
    />
  );
  return (
    <li>
      <Label id={labelId} weight="semibold">
        {row.label}
      </Label>
      <RadioGroup
        className={styles.sides}
        aria-labelledby={labelId}
        value={row.choice}
        onChange={(_, data) => onChoose(row.key, data.value as ConflictSide)}
      >
        {side('theirs')}
        {side('yours')}
      </RadioGroup>
    </li>
  );
}
