import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmbitionLevel } from '../domain/ambition';

/** The coordinator may name step 5, which the plan leaves unnamed; the app provides that name here. */
export const LadderStep5Context = createContext<string | undefined>(undefined);

export function useLadderLabel(): (level: AmbitionLevel) => string {
  const { t } = useTranslation();
  const step5 = useContext(LadderStep5Context);
  return (level) => {
    if (level === 5) return step5 ?? t('ladder.level5');
    return t(`ladder.level${level}`);
  };
}
