import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { TestFluentProvider } from '../../tests/support/test-fluent-provider';
import { assessDeadline } from '../domain/deadlines';
import type { ActionStatus } from '../domain/action';
import { createI18n, type Language } from '../i18n/i18n';
import { DeadlineBadge } from './deadline-badge';

function renderBadge(timing: string, status: ActionStatus, today: string, language: Language) {
  const assessment = assessDeadline({ timing, status }, new Date(`${today}T10:00:00Z`));
  render(
    <I18nextProvider i18n={createI18n(language)}>
      <TestFluentProvider>
        <DeadlineBadge assessment={assessment} />
      </TestFluentProvider>
    </I18nextProvider>,
  );
}

describe('DeadlineBadge', () => {
  it.each<[string, ActionStatus, string, Language, string, string]>([
    [
      'Start in Q1 2025',
      'not-started',
      '2025-04-15',
      'nl',
      '15 dagen te laat',
      'Start uiterlijk 31 maart 2025',
    ],
    [
      'Start in Q1 2025',
      'in-progress',
      '2026-12-01',
      'nl',
      'Nog 30 dagen',
      'Kwartaalcheck 31 december 2026',
    ],
    [
      'Start Q1 2025, rapportage Q4 2025',
      'blocked',
      '2025-10-01',
      'nl',
      'Deadline dit kwartaal',
      'Rapportage 31 december 2025',
    ],
    ['Q2 2025', 'not-started', '2025-01-15', 'nl', 'Op schema', 'Deadline 30 juni 2025'],
    [
      'Start in Q1 2025',
      'not-started',
      '2025-04-15',
      'en',
      '15 days overdue',
      'Start by 31 March 2025',
    ],
    [
      'Doorlopend',
      'in-progress',
      '2026-12-01',
      'en',
      '30 days left',
      'Quarterly check 31 December 2026',
    ],
  ])('%j, %s, on %s in %s: “%s”, “%s”', (timing, status, today, language, words, date) => {
    renderBadge(timing, status, today, language);
    expect(screen.getByText(words)).toBeInTheDocument();
    expect(screen.getByText(date)).toBeInTheDocument();
  });

  it('names no date where there is no deadline', () => {
    renderBadge('zo snel mogelijk', 'not-started', '2025-01-15', 'nl');
    expect(screen.getByText('Geen deadline')).toBeInTheDocument();
    expect(screen.queryByText(/\d{4}/)).not.toBeInTheDocument();
  });
});
