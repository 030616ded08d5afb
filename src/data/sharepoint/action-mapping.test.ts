import { describe, expect, it } from 'vitest';
import { actionInputSchema } from '../../domain/action';
import { listDef } from './list-schema';
import {
  actionFields,
  actionItem,
  actionSummaryItem,
  QUERIES,
  REMINDER_ACTION_QUERY,
  reminderActionItem,
} from './mappers';

const stored = {
  Id: 12,
  FSObjType: '0',
  Title: 'Klimaatacties actualiseren',
  ThemeId: 1,
  GoalId: 3,
  Timing: 'Q4 2027',
  Status: 'Niet gestart',
  Owner: null,
  PilotsId: [],
  owshiddenversion: 4,
};

describe('an action’s plan year in SharePoint', () => {
  it('is an indexed number column of MvoiActions, read by the cards and the dialog', () => {
    expect(listDef('MvoiActions').fields.find((field) => field.name === 'PlanYear')).toEqual({
      name: 'PlanYear',
      title: 'Planjaar',
      kind: 'number',
      min: 2000,
      max: 2099,
      indexed: true,
    });
    expect(QUERIES.actionSummaries.select).toContain('PlanYear');
    expect(QUERIES.actions.select).toContain('PlanYear');
  });

  it.each([
    ['as stored', 2027, 2027],
    ['as the first plan’s when stored before plan years', null, 2025],
  ])('reads %s', (_, PlanYear, planYear) => {
    expect(actionSummaryItem().safeParse({ ...stored, PlanYear })).toMatchObject({
      success: true,
      data: { planYear },
    });
    const full = actionItem.parse({ ...stored, 'odata.etag': '"4"', PlanYear, Description: '' });
    expect(full.planYear).toBe(planYear);
  });

  it('refuses a year outside the plan’s window before anything is written', () => {
    const command = { title: 'Nieuw', planYear: 1999 };
    expect(actionInputSchema.safeParse(command).success).toBe(false);
    expect(actionInputSchema.safeParse({ ...command, planYear: 2026 }).success).toBe(true);
  });

  it('is written when the command has it and left as stored when it has none', () => {
    const command = actionInputSchema.parse({ title: 'Nieuw', timing: 'Q4 2027' });
    expect(actionFields({ ...command, planYear: 2027 }, '2027-12-31')).toMatchObject({
      PlanYear: 2027,
    });
    expect(actionFields(command, '2027-12-31')).not.toHaveProperty('PlanYear');
  });
});

describe('an action’s card as read for a whole plan', () => {
  const card = {
    id: 12,
    themeId: 1,
    goalId: 3,
    title: 'Klimaatacties actualiseren',
    timing: 'Q4 2027',
    dueDate: '2027-12-31',
    planYear: 2027,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    version: '"4"',
  };
  const read = (item: unknown) => actionSummaryItem().safeParse(item);

  it.each([
    ['as stored', {}, {}],
    [
      'with its owner, pilots and status',
      {
        Owner: { Id: 7, Title: 'Joris Hermans', EMail: null },
        PilotsId: [2, 5],
        Status: 'Geblokkeerd',
      },
      { owner: { id: 7, name: 'Joris Hermans', email: '' }, pilotIds: [2, 5], status: 'blocked' },
    ],
    [
      'without theme, goal, timing, year or pilots (SharePoint leaves empty columns out)',
      { ThemeId: null, GoalId: undefined, Timing: null, PlanYear: undefined, PilotsId: null },
      {
        themeId: undefined,
        goalId: undefined,
        timing: '',
        dueDate: undefined,
        planYear: 2025,
        pilotIds: [],
      },
    ],
  ])('reads a card %s', (_, change, expected) => {
    expect(read({ ...stored, PlanYear: 2027, ...change })).toEqual({
      success: true,
      data: { ...card, ...expected },
    });
  });

  it.each([
    ['an id that is text', { Id: '12' }],
    ['an id with a fraction', { Id: 12.5 }],
    ['no title', { Title: '' }],
    ['a title that is no text', { Title: 7 }],
    ['a theme that is text', { ThemeId: '1' }],
    ['a timing that is no text', { Timing: 2027 }],
    ['a plan year with a fraction', { PlanYear: 2027.5 }],
    ['a status that is no choice', { Status: 'Klaar' }],
    ['an owner without a name', { Owner: { Id: 7 } }],
    ['an owner that is a list', { Owner: [] }],
    ['an owner whose e-mail is no text', { Owner: { Id: 7, Title: 'Joris', EMail: 5 } }],
    ['a pilot id that is text', { PilotsId: [1, '2'] }],
    ['pilots that are no list', { PilotsId: 'x' }],
    ['a negative version', { owshiddenversion: -1 }],
    ['no version', { owshiddenversion: undefined }],
  ])('refuses a card with %s, saying which field', (_, change) => {
    const result = read({ ...stored, ...change });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path[0])).toEqual(Object.keys(change));
    }
  });
});

describe('an action as the deadline job reads it', () => {
  const read = (item: unknown) => reminderActionItem.safeParse(item);
  const reminderAction = {
    id: 12,
    themeId: 1,
    title: 'Klimaatacties actualiseren',
    timing: 'Q4 2027',
    status: 'not-started',
    owner: undefined,
  };

  it('selects no more than the reminders need', () => {
    expect(REMINDER_ACTION_QUERY.select).not.toContain('PilotsId');
    expect(REMINDER_ACTION_QUERY.select).not.toContain('OutcomeReason');
    expect(REMINDER_ACTION_QUERY.select).toContain('Owner/EMail');
  });

  it.each([
    ['as stored', {}, {}],
    [
      'with its owner’s e-mail, to address them by',
      { Owner: { Id: 7, Title: 'Joris Hermans', EMail: 'joris@mvoi.local' } },
      { owner: { id: 7, name: 'Joris Hermans', email: 'joris@mvoi.local' } },
    ],
    ['closed by the yearly update', { Outcome: 'Gestopt' }, { closure: { outcome: 'stopped' } }],
    [
      'without theme or timing',
      { ThemeId: null, Timing: null },
      { themeId: undefined, timing: '' },
    ],
  ])('reads one %s', (_, change, expected) => {
    const { Id, Title, ThemeId, Timing, Status, Owner } = stored;
    expect(read({ Id, Title, ThemeId, Timing, Status, Owner, ...change })).toEqual({
      success: true,
      data: { ...reminderAction, ...expected },
    });
  });

  it.each([
    ['a status that is no choice', { Status: 'Klaar' }],
    ['an outcome that is no choice', { Outcome: 'Vergeten' }],
    ['no title', { Title: '' }],
  ])('refuses one with %s, saying which field', (_, change) => {
    const result = read({ ...stored, ...change });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => issue.path[0])).toEqual(Object.keys(change));
    }
  });
});
