import { describe, expect, it } from 'vitest';
import type { Reminder } from '../domain/reminders';
import { previewText } from './reminder-texts';

const base: Reminder = {
  key: 'k',
  actionId: 1,
  themeId: 1,
  title: 'Inkoopagenda opstellen',
  kind: 'approaching',
  deadline: '2025-03-31',
  offset: 7,
  daysLeft: 7,
  recipient: undefined,
};

describe('previewText', () => {
  it.each<[Partial<Reminder>, string]>([
    [{}, 'Nog 7 dagen: Inkoopagenda opstellen (Klimaat) moet af zijn op 31 maart 2025'],
    [{ daysLeft: 1 }, 'Nog 1 dag: Inkoopagenda opstellen (Klimaat) moet af zijn op 31 maart 2025'],
    [{ daysLeft: 0 }, 'Vandaag: Inkoopagenda opstellen (Klimaat) moet af zijn op 31 maart 2025'],
    [
      { moment: 'start' },
      'Nog 7 dagen: Inkoopagenda opstellen (Klimaat) moet gestart zijn op 31 maart 2025',
    ],
    [
      { kind: 'overdue', daysLeft: -8, offset: -8 },
      'Inkoopagenda opstellen (Klimaat) had af moeten zijn op 31 maart 2025: 8 dagen te laat',
    ],
    [
      { kind: 'review', moment: 'review' },
      'Kwartaalcheck: werk de voortgang van Inkoopagenda opstellen (Klimaat) bij vóór 31 maart 2025',
    ],
  ])('%o reads %j', (changes, expected) => {
    expect(previewText({ ...base, ...changes }, 'Klimaat')).toBe(expected);
  });

  it('shortens a long title so the preview keeps to 150 characters and its date', () => {
    const text = previewText({ ...base, title: 'Lange titel '.repeat(30) }, 'Klimaat');
    expect(text.length).toBeLessThanOrEqual(150);
    expect(text).toMatch(
      /^Nog 7 dagen: Lange titel .*… \(Klimaat\) moet af zijn op 31 maart 2025$/,
    );
  });
});
