import { describe, expect, it } from 'vitest';
import type { ActionSummary } from '../../domain/action';
import { emptyDraft } from '../../domain/plan-update';
import type { Theme } from '../../domain/theme';
import {
  planUpdateFormError,
  planUpdateStepSchema,
  planUpdateSteps,
  stepValues,
  tallyOf,
  withStep,
} from './plan-update-form';

const theme = { id: 1, key: 'klimaat', name: 'Klimaat', targetLevel: 3 } as Theme;
const other = { id: 2, key: 'circulair', name: 'Circulair', targetLevel: 4 } as Theme;

function action(id: number, change: Partial<ActionSummary> = {}): ActionSummary {
  return {
    id,
    themeId: 1,
    goalId: undefined,
    title: `Actie ${id}`,
    timing: 'Q3 2025',
    dueDate: '2025-09-30',
    planYear: 2025,
    status: 'in-progress',
    owner: undefined,
    pilotIds: [],
    version: '1',
    ...change,
  };
}

const today = '2026-11-16' as const;

describe('the yearly update’s steps and drafts', () => {
  it('makes a step per theme with its open actions of earlier years, and one for the organisation', () => {
    const actions = [
      action(1),
      action(2, { status: 'done' }),
      action(3, { planYear: 2027 }),
      action(4, { closure: { outcome: 'stopped', reason: 'x', carriedToId: undefined } }),
      action(5, { themeId: undefined }),
    ];
    const steps = planUpdateSteps([theme, other], actions, 2027);
    expect(steps.map((step) => [step.key, step.actions.map(({ id }) => id)])).toEqual([
      ['klimaat', [1]],
      ['circulair', []],
      ['organisation', [5]],
    ]);
  });

  it('starts a carried action in the new year, in its old quarter, and writes the answers back', () => {
    const [step] = planUpdateSteps([theme], [action(1), action(2)], 2027);
    if (!step) throw new Error('no step');
    const values = stepValues(step, emptyDraft(2027), today);
    expect(values.choices[0]).toMatchObject({
      kind: 'undecided',
      timing: { mode: 'quarter', from: { year: 2027, quarter: 3 } },
    });
    expect(values.target).toBe(3);

    const output = planUpdateStepSchema.parse({
      ...values,
      choices: [
        { ...values.choices[0], kind: 'carry' },
        { ...values.choices[1], kind: 'stop', reason: ' Geen budget ' },
      ],
      newActions: [{ key: 'n1', title: 'Nieuw', timing: values.choices[0]?.timing }],
      target: 4,
    });
    const draft = withStep(emptyDraft(2027), step, output);
    expect(draft).toMatchObject({
      choices: {
        1: { kind: 'carry', timing: 'Q3 2027' },
        2: { kind: 'stop', reason: 'Geen budget' },
      },
      newActions: [{ key: 'n1', themeId: 1, title: 'Nieuw', timing: 'Q3 2027' }],
      targets: { 1: 4 },
    });
    expect(tallyOf([step], draft)).toMatchObject({ carry: 1, stop: 1, undecided: 0, writes: 5 });

    // Undecided again: the choice is taken out of the draft.
    const undone = withStep(
      draft,
      step,
      planUpdateStepSchema.parse({ ...stepValues(step, draft, today), choices: values.choices }),
    );
    expect(undone.choices).toEqual({});
  });

  it('refuses a stop without a reason at the reason field', () => {
    const result = planUpdateStepSchema.safeParse({
      choices: [{ actionId: 1, kind: 'stop', reason: '  ' }],
      newActions: [],
      target: 3,
    });
    expect(result.success).toBe(false);
    const [issue] = result.error?.issues ?? [];
    expect(issue?.path).toEqual(['choices', 0, 'reason']);
    expect(planUpdateFormError(issue as never)).toBe('reasonRequired');
  });
});
