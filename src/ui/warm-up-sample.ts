import type { ActionSummary } from '../domain/action';
import type { DeadlineAssessment } from '../domain/deadlines';

/**
 * What a page's hidden warm-up renders while its data is on the way. Fluent puts a component's
 * CSS into the document when it first renders (hundreds of rules for a card or a table row), and
 * every insertion restyles the page; rendering one sample early leaves the first real render
 * only the building of its elements.
 */
export const WARM_UP_ACTION: ActionSummary = {
  id: 0,
  themeId: undefined,
  goalId: undefined,
  title: '',
  timing: 'Doorlopend',
  dueDate: undefined,
  planYear: 2025,
  status: 'not-started',
  owner: { id: 0, name: '', email: '' },
  pilotIds: [],
  version: '',
};

export const WARM_UP_ASSESSMENT: DeadlineAssessment = { state: 'no-deadline' };
