import { describe, expect, it } from 'vitest';
import type { ActionStatus } from './action';
import type { CalendarDate } from './calendar-date';
import { deadlineSectionOf, responsibleFor, type DeadlineSection } from './deadline-sections';
import { assessDeadline } from './deadlines';

const sectionOf = (timing: string, status: ActionStatus, today: CalendarDate) =>
  deadlineSectionOf(assessDeadline({ timing, status }, new Date(`${today}T10:00:00Z`)), today);

describe('deadlineSectionOf', () => {
  it.each<[string, ActionStatus, CalendarDate, DeadlineSection]>([
    ['Q4 2025', 'not-started', '2026-12-01', 'overdue'],
    ['Start in Q1 2025', 'not-started', '2026-12-01', 'overdue'],
    ['Q4 2026', 'in-progress', '2026-12-01', 'soon'],
    ['Q4 2026', 'blocked', '2026-10-15', 'this-quarter'],
    ['Q1 2027', 'not-started', '2026-12-01', 'next-quarter'],
    ['Q1 2027', 'not-started', '2026-09-30', 'later'],
    ['2027', 'not-started', '2026-12-01', 'later'],
    ['Doorlopend', 'in-progress', '2026-12-01', 'review'],
    ['Doorlopend', 'not-started', '2026-10-01', 'review'],
    ['Start in Q1 2025', 'in-progress', '2026-12-01', 'review'],
    ['Start Q1 2026, rapportage Q1 2027', 'in-progress', '2026-12-01', 'next-quarter'],
    ['zo snel mogelijk', 'not-started', '2026-12-01', 'unscheduled'],
    ['Q4 2025', 'done', '2026-12-01', 'done'],
    ['Doorlopend', 'done', '2026-12-01', 'done'],
  ])('%j, %s, on %s falls in %s', (timing, status, today, section) => {
    expect(sectionOf(timing, status, today)).toBe(section);
  });
});

describe('responsibleFor', () => {
  const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
  const anouk = { id: 8, name: 'Anouk Smeets', email: 'anouk@example.org' };
  const themes = [
    { id: 1, owner: joris },
    { id: 2, owner: undefined },
  ];

  it.each([
    ['its owner', { owner: anouk, themeId: 1 }, anouk],
    ['its theme’s owner when it has none', { owner: undefined, themeId: 1 }, joris],
    ['nobody when neither has one', { owner: undefined, themeId: 2 }, undefined],
    [
      'nobody for an organisation-wide action without owner',
      { owner: undefined, themeId: undefined },
      undefined,
    ],
  ])('is %s', (_, action, person) => {
    expect(responsibleFor(action, themes)).toEqual(person);
  });
});
