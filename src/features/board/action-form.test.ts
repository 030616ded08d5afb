import { describe, expect, it } from 'vitest';
import type { Action } from '../../domain/action';
import {
  actionFormError,
  actionFormSchema,
  actionFormValues,
  timingDraftOf,
  timingTextOf,
  type ActionFormValues,
} from './action-form';

const today = '2025-05-15' as const;
const context = { themeId: 1, today };

const stored: Action = {
  id: 5,
  themeId: 1,
  goalId: 10,
  title: 'Klimaatacties actualiseren',
  description: '',
  timing: 'Start in Q1 2025',
  dueDate: '2025-03-31',
  planYear: 2025,
  status: 'not-started',
  owner: undefined,
  pilotIds: [],
  progressNotes: [],
  version: '1',
};

describe('the timing picker', () => {
  it('shows the plan’s own forms as picked', () => {
    expect(timingDraftOf('Q1–Q2 2025', today)).toMatchObject({
      mode: 'span',
      from: { year: 2025, quarter: 1 },
      to: { year: 2025, quarter: 2 },
    });
    expect(timingDraftOf('N.t.b. in 2026', today)).toMatchObject({
      mode: 'to-be-decided',
      year: 2026,
    });
    expect(timingDraftOf('>2025 e.v.', today)).toMatchObject({ mode: 'yearly', year: 2025 });
  });

  it('keeps a text it does not write itself, unchanged', () => {
    for (const text of ['Start in Q1 2025', 'q1-q2 2025', 'Na de zomer', '']) {
      const draft = timingDraftOf(text, today);
      expect(draft.mode).toBe('kept');
      expect(timingTextOf(draft)).toEqual({ text });
    }
  });

  it('writes the canonical Dutch text, and refuses a span that runs backwards', () => {
    const draft = timingDraftOf('', today);
    expect(timingTextOf({ ...draft, mode: 'quarter' })).toEqual({ text: 'Q2 2025' });
    expect(
      timingTextOf({
        ...draft,
        mode: 'span',
        from: { year: 2025, quarter: 4 },
        to: { year: 2026, quarter: 1 },
      }),
    ).toEqual({ text: 'Q4 2025–Q1 2026' });
    expect(
      timingTextOf({
        ...draft,
        mode: 'span',
        from: { year: 2025, quarter: 3 },
        to: { year: 2025, quarter: 1 },
      }),
    ).toEqual({ error: 'timingBackwards' });
    expect(timingTextOf({ ...draft, mode: 'continuous' })).toEqual({ text: 'Doorlopend' });
    expect(timingTextOf({ ...draft, mode: 'to-be-decided', year: 2025 })).toEqual({
      text: 'N.t.b. in 2025',
    });
    expect(timingTextOf({ ...draft, mode: 'yearly', year: 2025 })).toEqual({ text: '>2025 e.v.' });
  });
});

/** What the form says at which field, or the command it sends. */
function check(values: ActionFormValues) {
  // As the form words its issues: the resolver passes `actionFormError`'s words on as messages.
  const parsed = actionFormSchema(context).safeParse(values, { error: actionFormError });
  if (parsed.success) return { command: parsed.data };
  return { errors: parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]) };
}

describe('checking the action form', () => {
  it('asks for a title of at most 255 characters', () => {
    const values = actionFormValues(undefined, { goalId: 10, today });
    expect(check({ ...values, title: '   ' })).toEqual({ errors: [['title', 'titleRequired']] });
    expect(check({ ...values, title: 'x'.repeat(256) })).toEqual({
      errors: [['title', 'titleTooLong']],
    });
  });

  it('refuses every wrong field at once, each at its own field', () => {
    const values = actionFormValues(stored, { goalId: undefined, today });
    const backwards = {
      ...values.timing,
      mode: 'span' as const,
      from: { year: 2025, quarter: 3 as const },
      to: { year: 2025, quarter: 1 as const },
    };
    expect(check({ ...values, title: '', timing: backwards, noteDraft: 'x'.repeat(4001) })).toEqual(
      {
        errors: [
          ['title', 'titleRequired'],
          ['timing', 'timingBackwards'],
          ['noteDraft', 'noteInvalid'],
        ],
      },
    );
  });

  it('gives the command to save, with a written note dated today', () => {
    const values = actionFormValues(stored, { goalId: undefined, today });
    expect(check({ ...values, noteDraft: ' Offerte ontvangen ' })).toEqual({
      command: {
        themeId: 1,
        goalId: 10,
        title: 'Klimaatacties actualiseren',
        description: '',
        timing: 'Start in Q1 2025',
        status: 'not-started',
        planYear: 2025,
        ownerId: undefined,
        pilotIds: [],
        progressNotes: [{ date: '2025-05-15', text: 'Offerte ontvangen' }],
      },
    });
    expect(check({ ...values, noteDraft: '   ' })).toMatchObject({
      command: { progressNotes: [] },
    });
  });
});
