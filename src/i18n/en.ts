import type { Messages } from './nl';

export const en: Messages = {
  app: {
    title: 'MVOI Action Plan',
    subtitle: 'Socially Responsible Commissioning and Procurement · Municipality of Maastricht',
    loading: 'Loading…',
    retry: 'Try again',
    skipToContent: 'Skip to content',
  },
  nav: {
    themes: 'Themes',
    pilots: 'Pilots',
    practices: 'Good practices',
    deadlines: 'Deadlines',
  },
  ladder: {
    name: 'Ambition ladder',
    step: 'Step {{level}}',
    level1: 'Consideration',
    level2: 'Pilots',
    level3: 'Broadening',
    level4: 'Embedding',
    level5: 'Step 5',
    position: 'Baseline: step {{baseline}} ({{baselineLabel}}). Ambition: step {{target}} ({{targetLabel}}).',
    baseline: 'Baseline',
    target: 'Ambition',
    reached: 'reached',
  },
  organisation: {
    heading: 'The organisation’s ambition',
    summary:
      'Organisation-wide, the municipality starts at step {{current}} ({{currentLabel}}). Goal: by the end of {{year}} every theme is at least at step {{target}} ({{targetLabel}}).',
  },
  themes: {
    heading: 'Themes',
    owner: 'Owner',
    noOwner: 'No owner yet',
    goals_one: '{{count}} goal',
    goals_other: '{{count}} goals',
    actions_one: '{{count}} action',
    actions_other: '{{count}} actions',
    focus: 'Focus',
    longTerm: 'Long term',
    empty: 'There are no themes yet. Ask the coordinator to load the action plan.',
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    blocked: 'Blocked',
  },
  pilotStatus: {
    planned: 'Planned',
    running: 'Running',
    completed: 'Completed',
  },
  errors: {
    'not-found': 'This item no longer exists.',
    forbidden: 'You do not have permission to do this.',
    conflict: 'Someone else changed this in the meantime.',
    throttled: 'SharePoint is busy. Please try again shortly.',
    invalid: 'The data is not valid.',
    unauthorized: 'You are not signed in (any more).',
    network: 'No connection to SharePoint. Check your network and try again.',
    unknown: 'Something went wrong.',
    loadFailed: 'Loading failed.',
  },
};
