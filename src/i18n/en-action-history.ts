import type { Widen } from './nl';
import type { nlActionHistory } from './nl-action-history';

export const enActionHistory: Widen<typeof nlActionHistory> = {
  heading: 'History',
  loading: 'Loading the history…',
  empty: 'No history of this action has been kept yet.',
  created: 'Created',
  timing: 'Timing moved from {{from}} to {{to}}',
  planYear: 'Plan year changed from {{from}} to {{to}}',
  status: 'Status changed from {{from}} to {{to}}',
  owner: 'Owner changed from {{from}} to {{to}}',
  carried: 'Moved from {{from}} to {{to}} (carried over into plan year {{toYear}})',
  closedCarried: 'Carried over into a later plan year',
  closedStopped: 'Stopped: {{reason}}',
  nobody: 'nobody',
  noTiming: 'no timing',
  noYear: 'none',
  by: '{{name}}, {{date}}',
  unknownPerson: 'Unknown',
};
