import { describe, expect, it } from 'vitest';
import type { ActionStatus, ActionSummary } from './action';
import type { AmbitionAssessment } from './ambition';
import type { CalendarDate } from './calendar-date';
import type { Pilot } from './pilot';
import { action, theme } from '../../tests/support/year-report-sample';
import type { HistoryEntry } from './action-history';
import {
  buildYearReport,
  closedAfter,
  endOfYearInstant,
  statusAt,
  type ActionGroup,
  type YearReportInput,
} from './year-report';

const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
const anna = { id: 8, name: 'Anna Coenen', email: 'anna@example.org' };
const sanne = { id: 1, name: 'Sanne Vermeulen', email: 'sanne@example.org' };

const klimaat = theme(1, { key: 'klimaat', name: 'Klimaat', owner: joris });
const circulair = theme(2, { key: 'circulair', name: 'Circulair', baselineLevel: 2 });
const sroi = theme(6, {
  key: 'social-return',
  name: 'Social Return',
  baselineLevel: 4,
  targetLevel: 4,
});

function assessment(id: number, change: Partial<AmbitionAssessment>): AmbitionAssessment {
  return {
    id,
    themeId: 1,
    year: 2025,
    level: 3,
    status: 'on-track',
    explanation: 'Vier pilots liepen.',
    evidence: [],
    act: '',
    state: 'confirmed',
    revision: 1,
    assessedBy: joris,
    assessedAt: '2025-12-01T10:00:00Z',
    confirmedBy: sanne,
    confirmedAt: '2025-12-15T10:00:00Z',
    version: '1',
    ...change,
  };
}

function pilot(id: number, change: Partial<Pilot>): Pilot {
  return {
    id,
    title: `Pilot ${id}`,
    themeIds: [1],
    year: 2025,
    status: 'running',
    description: '',
    version: '1',
    ...change,
  };
}

const LABELS = { 1: 'Afweging', 2: 'Pilots', 3: 'Verbreding', 4: 'Borging', 5: 'Stap 5' };

function input(change: Partial<YearReportInput>): YearReportInput {
  return {
    year: 2025,
    themes: [klimaat, circulair, sroi],
    goals: [{ id: 30, themeId: 1, title: 'Meten is weten', version: '1' }],
    actions: [],
    pilots: [],
    practices: [],
    assessments: [],
    ladderLabels: LABELS,
    today: '2026-02-01',
    ...change,
  };
}

function groupOf(
  report: ReturnType<typeof buildYearReport>,
  id: number,
): { theme: string; group: ActionGroup } | undefined {
  const sections = [
    ...report.themes.map((theme) => ({ name: theme.name, actions: theme.actions })),
    { name: 'organisatie', actions: report.organisation },
  ];
  for (const { name, actions } of sections) {
    for (const [group, list] of Object.entries(actions)) {
      if (list.some((listed) => listed.id === id))
        return { theme: name, group: group as ActionGroup };
    }
  }
  return undefined;
}

describe('buildYearReport: which actions count and how they stand', () => {
  const cases: [string, Partial<ActionSummary>, CalendarDate, ActionGroup | undefined][] = [
    ['a done action', { status: 'done' }, '2026-02-01', 'done'],
    [
      'an open action due in the year, judged at year end',
      { timing: 'Q2 2025' },
      '2026-02-01',
      'late',
    ],
    [
      'an open action due on the year’s last day',
      { timing: 'Q4 2025' },
      '2026-02-01',
      'in-progress',
    ],
    [
      'an open action not yet due while the year runs',
      { timing: 'Q4 2025' },
      '2025-06-01',
      'in-progress',
    ],
    ['an open action late today while the year runs', { timing: 'Q1 2025' }, '2025-06-01', 'late'],
    ['ongoing work, which is never late', { timing: 'Doorlopend' }, '2026-02-01', 'in-progress'],
    [
      'a started action that only promised a start',
      { timing: 'Start in Q1 2025', status: 'in-progress' },
      '2026-02-01',
      'in-progress',
    ],
    [
      'an action not started that promised a start',
      { timing: 'Start in Q1 2025' },
      '2026-02-01',
      'late',
    ],
    [
      'an open action whose timing moved to a later year',
      { timing: 'Q2 2026' },
      '2026-02-01',
      'moved',
    ],
    [
      'a done action whose timing names a later year',
      { timing: 'Q2 2026', status: 'done' },
      '2026-02-01',
      'done',
    ],
    [
      'two phases, the first in the year',
      { timing: 'Voorbereiden 2025, uitvoeren 2026' },
      '2026-02-01',
      'in-progress',
    ],
    [
      'an action of another plan year',
      { planYear: 2026, timing: 'Q1 2025' },
      '2026-02-01',
      undefined,
    ],
    ['a blocked action, late', { status: 'blocked', timing: 'Q3 2025' }, '2026-02-01', 'late'],
  ];
  it.each(cases)('lists %s', (_, change, today, expected) => {
    const report = buildYearReport(input({ actions: [action(1, change)], today }));
    expect(groupOf(report, 1)?.group).toBe(expected);
  });

  it('moves an action the yearly update carried over, to the year of its new action', () => {
    const report = buildYearReport(
      input({
        actions: [
          action(1, {
            status: 'in-progress',
            closure: { outcome: 'carried', reason: '', carriedToId: 2 },
          }),
          action(2, { planYear: 2027, carriedFromId: 1, timing: 'Q2 2027' }),
        ],
      }),
    );
    expect(groupOf(report, 1)?.group).toBe('moved');
    expect(report.themes[0]?.actions.moved[0]?.movedTo).toBe(2027);
    expect(groupOf(report, 2)).toBeUndefined();
  });

  it('lists an action the yearly update stopped, with its reason, and never as late', () => {
    const report = buildYearReport(
      input({
        actions: [
          action(1, {
            timing: 'Q1 2025',
            closure: { outcome: 'stopped', reason: 'Geen budget', carriedToId: undefined },
          }),
        ],
      }),
    );
    expect(report.themes[0]?.actions.stopped).toMatchObject([{ id: 1, reason: 'Geen budget' }]);
    expect(report.summary.actions.late).toBe(0);
    expect(report.conclusions).toContainEqual({ kind: 'stopped', count: 1 });
  });

  it('judges an ended year by the statuses at its end, when the history gave them', () => {
    const report = buildYearReport(
      input({
        actions: [
          action(1, { status: 'done', timing: 'Q2 2025' }),
          action(2, { status: 'in-progress', timing: 'Q2 2025' }),
        ],
        yearEndStatuses: { statuses: new Map([[1, 'in-progress']]), missing: 1 },
      }),
    );
    // Done now, but open on 31 December: late then.
    expect(groupOf(report, 1)?.group).toBe('late');
    expect(report.themes[0]?.actions.late.find((listed) => listed.id === 1)?.status).toBe(
      'in-progress',
    );
    expect(report.unknowns).toContainEqual({ kind: 'statuses-from-history', missing: 1 });
    expect(report.unknowns.map((unknown) => unknown.kind)).not.toContain('statuses-now');
  });

  it('reads an ended year as it was when the yearly update closed its actions only after it', () => {
    const closedInDecember = [
      action(1, {
        status: 'in-progress',
        timing: 'Q3 2025',
        closure: { outcome: 'carried', reason: '', carriedToId: 3 },
      }),
      action(2, {
        status: 'in-progress',
        timing: 'Q2 2025',
        closure: { outcome: 'stopped', reason: 'Geen budget', carriedToId: undefined },
      }),
      action(3, { planYear: 2027, carriedFromId: 1, timing: 'Q2 2027' }),
    ];
    const statuses = new Map<number, ActionStatus>([
      [1, 'in-progress'],
      [2, 'in-progress'],
    ]);
    const report = buildYearReport(
      input({
        actions: closedInDecember,
        yearEndStatuses: { statuses, closedAfter: new Set([1, 2]), missing: 0 },
      }),
    );
    // As on 31 December 2025: both still open and past their deadline.
    expect(groupOf(report, 1)?.group).toBe('late');
    expect(groupOf(report, 2)?.group).toBe('late');
    expect(report.summary.actions).toMatchObject({ moved: 0, stopped: 0, late: 2 });
  });

  it('tells a closing after an instant from one before it', () => {
    const closing = (at: string): HistoryEntry => ({
      kind: 'closed',
      outcome: 'carried',
      reason: '',
      at,
      by: { id: 1, name: 'Sanne Vermeulen' },
    });
    const end = endOfYearInstant(2025);
    expect(closedAfter([closing('2026-12-02T10:00:00Z')], end)).toBe(true);
    expect(closedAfter([closing('2025-12-31T22:59:59Z')], end)).toBe(false);
    expect(closedAfter([], end)).toBe(false);
  });

  it('puts actions without a theme (and of a removed theme) under the organisation', () => {
    const report = buildYearReport(
      input({
        actions: [
          action(1, { themeId: undefined, title: 'Inkoopbeleid' }),
          action(2, { themeId: 99, title: 'Verweesd' }),
          action(3, { goalId: 30, owner: anna }),
        ],
      }),
    );
    expect(groupOf(report, 1)?.theme).toBe('organisatie');
    expect(groupOf(report, 2)?.theme).toBe('organisatie');
    expect(report.themes[0]?.actions['in-progress']).toEqual([
      {
        id: 3,
        title: 'Actie 3',
        goalTitle: 'Meten is weten',
        timing: 'Q4 2025',
        status: 'not-started',
        responsible: 'Anna Coenen',
        movedTo: undefined,
        reason: undefined,
      },
    ]);
  });

  it('names the theme’s owner as responsible for an action without an owner, and the year it moved to', () => {
    const report = buildYearReport(input({ actions: [action(1, { timing: 'Q1 2027' })] }));
    expect(report.themes[0]?.actions.moved[0]).toMatchObject({
      responsible: 'Joris Hermans',
      movedTo: 2027,
    });
  });

  it('judges nothing late in a year that has not started', () => {
    const report = buildYearReport(
      input({
        year: 2027,
        actions: [action(1, { planYear: 2027, timing: 'Q1 2027' })],
        today: '2026-02-01',
      }),
    );
    expect(groupOf(report, 1)?.group).toBe('in-progress');
    expect(report.unknowns[0]).toEqual({ kind: 'year-not-started' });
  });
});

describe('buildYearReport: the ladder per theme', () => {
  it.each([
    ['only a draft', [assessment(1, { state: 'draft', confirmedAt: undefined })], undefined],
    ['a confirmed assessment', [assessment(1, { level: 3 })], 3],
    [
      'a confirmed correction, over the first confirmed',
      [assessment(1, { level: 3 }), assessment(2, { level: 2, revision: 2, status: 'behind' })],
      2,
    ],
    [
      'a draft correction, which leaves the confirmed one',
      [assessment(1, { level: 3 }), assessment(2, { level: 4, revision: 2, state: 'draft' })],
      3,
    ],
    ['another year’s assessment', [assessment(1, { year: 2026 })], undefined],
    ['another theme’s assessment', [assessment(1, { themeId: 2 })], undefined],
  ])('with %s, shows the confirmed step', (_, assessments, level) => {
    const report = buildYearReport(input({ assessments }));
    expect(report.themes[0]?.assessment?.level).toBe(level);
  });

  it('reads the confirmed assessment with who confirmed it on which Amsterdam day', () => {
    const report = buildYearReport(
      input({
        assessments: [
          assessment(1, {
            level: 3,
            status: 'at-risk',
            explanation: 'Twee pilots vertraagd.',
            evidence: ['https://stella.example.org/pilots'],
            act: 'MKI in elke GWW-aanbesteding.',
            confirmedAt: '2025-12-31T23:30:00Z',
          }),
        ],
      }),
    );
    const [first] = report.themes;
    expect(first?.assessment).toEqual({
      level: 3,
      status: 'at-risk',
      explanation: 'Twee pilots vertraagd.',
      evidence: ['https://stella.example.org/pilots'],
      act: 'MKI in elke GWW-aanbesteding.',
      revision: 1,
      confirmedBy: 'Sanne Vermeulen',
      confirmedOn: '2026-01-01',
    });
    expect(first?.status).toBe('at-risk');
    expect(first?.stepsToTarget).toBe(1);
    expect(first?.yearsLeft).toBe(3);
  });

  it('starts the first plan year from the baseline and later years from last year’s confirmed step', () => {
    const first = buildYearReport(input({ assessments: [assessment(1, { level: 3 })] }));
    expect(first.themes[0]?.previous).toEqual({ level: 2, source: 'baseline', year: 2025 });

    const second = buildYearReport(
      input({
        year: 2026,
        today: '2027-01-15',
        assessments: [
          assessment(1, { level: 3 }),
          assessment(2, { year: 2026, level: 4, confirmedAt: '2026-12-10T10:00:00Z' }),
        ],
      }),
    );
    expect(second.themes[0]?.previous).toEqual({ level: 3, source: 'assessment', year: 2025 });
    expect(second.themes[0]?.assessment?.level).toBe(4);
    expect(second.themes[0]?.stepsToTarget).toBe(0);
    expect(second.themes[1]?.previous).toBeUndefined();
    expect(second.themes[1]?.stepsToTarget).toBeUndefined();
    expect(second.unknowns).toContainEqual({
      kind: 'no-previous',
      year: 2025,
      themes: [
        { id: 2, key: 'circulair', name: 'Circulair' },
        { id: 6, key: 'social-return', name: 'Social Return' },
      ],
    });
  });

  it('carries the ladder labels and the organisation’s ambition', () => {
    const report = buildYearReport(input({}));
    expect(report.ladder.map((step) => `${step.level} ${step.label}`)).toEqual([
      '1 Afweging',
      '2 Pilots',
      '3 Verbreding',
      '4 Borging',
      '5 Stap 5',
    ]);
    expect(report.organisationAmbition).toEqual({ current: 3, target: 4, targetYear: 2028 });
  });
});

describe('buildYearReport: pilots and good examples of the year', () => {
  it('lists the theme’s pilots of the year and its visible good examples posted in the year', () => {
    const report = buildYearReport(
      input({
        pilots: [
          pilot(1, { title: 'Vrachtwagens met haakkranen', status: 'completed' }),
          pilot(2, { themeIds: [1, 2], title: 'Binnensport' }),
          pilot(3, { year: 2026 }),
        ],
        practices: [
          {
            id: 1,
            title: 'Zonnepanelen',
            themeIds: [1],
            created: '2025-03-01T10:00:00Z',
            hidden: false,
          },
          {
            id: 2,
            title: 'Verborgen',
            themeIds: [1],
            created: '2025-03-01T10:00:00Z',
            hidden: true,
          },
          { id: 3, title: 'Oud', themeIds: [1], created: '2024-12-31T23:30:00Z', hidden: false },
          {
            id: 4,
            title: 'Nieuwjaar',
            themeIds: [1, 2],
            created: '2025-12-31T23:30:00Z',
            hidden: false,
          },
        ],
      }),
    );
    expect(report.themes[0]?.pilots).toEqual([
      { id: 1, title: 'Vrachtwagens met haakkranen', status: 'completed' },
      { id: 2, title: 'Binnensport', status: 'running' },
    ]);
    // 2024-12-31 23:30 UTC is New Year's Day in Amsterdam; 2025-12-31 23:30 UTC is 2026.
    expect(report.themes[0]?.practices.map((practice) => practice.title)).toEqual([
      'Zonnepanelen',
      'Oud',
    ]);
    expect(report.themes[1]?.pilots.map((listed) => listed.id)).toEqual([2]);
    expect(report.summary.pilots).toBe(2);
    expect(report.summary.practices).toBe(2);
  });
});

describe('buildYearReport: summary, conclusions and what it cannot know', () => {
  const report = buildYearReport(
    input({
      actions: [
        action(1, { status: 'done' }),
        action(2, { timing: 'Q1 2025' }),
        action(3, { themeId: undefined, timing: 'Q1 2026' }),
        action(4, { themeId: 2, timing: 'Doorlopend' }),
      ],
      assessments: [
        assessment(1, { level: 3, status: 'on-track', act: 'Meer pilots.' }),
        assessment(2, { themeId: 6, level: 4, status: 'behind' }),
        assessment(3, { themeId: 2, state: 'draft', confirmedAt: undefined }),
      ],
      problems: 2,
    }),
  );

  it('counts the statuses, the assessed themes and the actions', () => {
    expect(report.summary).toEqual({
      themes: 3,
      assessed: 2,
      byStatus: { 'on-track': 1, 'at-risk': 0, behind: 1, undetermined: 1 },
      atTarget: 1,
      actions: { done: 1, 'in-progress': 1, late: 1, moved: 1, stopped: 0 },
      pilots: 0,
      practices: 0,
    });
  });

  it('concludes per kind, naming the themes', () => {
    const names = (kind: string) => {
      const found = report.conclusions.find((conclusion) => conclusion.kind === kind);
      return found && 'themes' in found ? found.themes.map((listed) => listed.name) : found;
    };
    expect(report.conclusions.map((conclusion) => conclusion.kind)).toEqual([
      'on-track',
      'attention',
      'target-reached',
      'not-assessed',
      'late',
      'moved',
      'act',
    ]);
    expect(names('on-track')).toEqual(['Klimaat']);
    expect(names('attention')).toEqual(['Social Return']);
    expect(names('target-reached')).toEqual(['Social Return']);
    expect(names('not-assessed')).toEqual(['Circulair']);
    expect(names('act')).toEqual(['Klimaat']);
  });

  it('says what it cannot know: statuses now, missing and draft assessments, derived moves, indicators', () => {
    expect(report.unknowns.map((unknown) => unknown.kind)).toEqual([
      'statuses-now',
      'not-assessed',
      'draft-pending',
      'moved-derived',
      'practices-by-date',
      'indicators',
      'problems',
    ]);
    expect(report.unknowns).toContainEqual({
      kind: 'draft-pending',
      themes: [{ id: 2, key: 'circulair', name: 'Circulair' }],
    });
  });

  it('says a running year is judged as of today', () => {
    const running = buildYearReport(input({ today: '2025-06-01' }));
    expect(running.asOf).toBe('2025-06-01');
    expect(running.unknowns[0]).toEqual({ kind: 'year-in-progress', asOf: '2025-06-01' });
    expect(running.unknowns.map((unknown) => unknown.kind)).not.toContain('statuses-now');
    const ended = buildYearReport(input({ today: '2026-06-01' }));
    expect(ended.asOf).toBe('2025-12-31');
  });
});

describe('statusAt', () => {
  const end2025 = endOfYearInstant(2025);
  const by = { id: 7, name: 'Joris Hermans' };
  it.each([
    ['no status change at all', [], 'done', 'done'],
    [
      'a change during the year',
      [{ kind: 'status', at: '2025-06-01T10:00:00Z', by, from: 'not-started', to: 'in-progress' }],
      'in-progress',
      'in-progress',
    ],
    [
      'a change after the year',
      [{ kind: 'status', at: '2026-01-10T10:00:00Z', by, from: 'in-progress', to: 'done' }],
      'done',
      'in-progress',
    ],
    [
      'a change in the first minutes of the new year in Amsterdam',
      [{ kind: 'status', at: '2025-12-31T23:30:00Z', by, from: 'blocked', to: 'done' }],
      'done',
      'blocked',
    ],
    [
      'a change at 23:30 on New Year’s Eve in Amsterdam',
      [{ kind: 'status', at: '2025-12-31T22:30:00Z', by, from: 'blocked', to: 'done' }],
      'done',
      'done',
    ],
  ] as const)('reads %s', (_, history, current, expected) => {
    expect(statusAt(history, current, end2025)).toBe(expected);
  });
});
