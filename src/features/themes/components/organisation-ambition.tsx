import { Body1, Card, Subtitle2 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_AMBITION } from '../../../domain/ambition';
import { AppLink } from '../../../ui/app-link';
import { useLadderLabel } from '../../../ui/use-ladder-label';

export function OrganisationAmbition() {
  const { t } = useTranslation();
  const labelOf = useLadderLabel();
  const { currentLevel, targetLevel, targetYear } = ORGANISATION_AMBITION;
  return (
    <Card appearance="filled-alternative" role="region" aria-labelledby="organisation-ambition">
      <Subtitle2 as="h2" id="organisation-ambition">
        {t('organisation.heading')}
      </Subtitle2>
      <Body1>
        {t('organisation.summary', {
          current: currentLevel,
          currentLabel: labelOf(currentLevel),
          target: targetLevel,
          targetLabel: labelOf(targetLevel),
          year: targetYear,
        })}
      </Body1>
      <div>
        <AppLink to="/organisation-actions">{t('organisation.actionsLink')}</AppLink>
      </div>
    </Card>
  );
}
