import type { Widen } from './nl';
import type { nlYearReport } from './nl-year-report';

export const enYearReport: Widen<typeof nlYearReport> = {
  page: {
    year: 'Year',
    intro:
      'The report is made from the app’s data: the confirmed ambition assessments, actions, pilots and good practices of the year chosen.',
    downloads: 'Download',
    word: 'Download Word',
    excel: 'Download Excel',
    print: 'Print',
    preparing: 'Preparing the file…',
    ready: '{{file}} has been downloaded.',
    wordFailed: 'The Word file could not be made. Please try again.',
    excelFailed: 'The Excel file could not be made. Please try again.',
    noThemes: 'There are no themes yet. Ask the coordinator to load the action plan.',
    contents: 'Contents',
  },
  title: 'MVOI progress report {{year}}',
  subtitle: 'MVOI action plan, municipality of Maastricht 2025–2028 · made on {{date}}',
  fileStem: 'mvoi-progress-report-{{year}}',
  sections: {
    summary: 'Summary',
    introduction: 'Introduction and reading guide',
    theme: 'Theme {{name}}',
    organisation: 'Organisation-wide actions',
    conclusions: 'Conclusions and proposal for the update',
    unknowns: 'What this report cannot know',
  },
  sheets: {
    summary: 'Summary',
    introduction: 'Introduction',
    organisation: 'Organisation-wide',
    conclusions: 'Conclusions',
    unknowns: 'Limitations',
  },
  summary: {
    assessed: 'Of the {{total}} themes, {{assessed}} were assessed and confirmed for {{year}}.',
    statuses:
      'On track: {{onTrack}}. Needs attention: {{atRisk}}. Behind: {{behind}}. Undetermined: {{undetermined}}.',
    atTarget_one: '{{count}} theme is at or above its ambition.',
    atTarget_other: '{{count}} themes are at or above their ambition.',
    actions:
      'Actions of {{year}}: {{done}} done, {{inProgress}} in progress, {{late}} late, {{moved}} moved to a later year, {{stopped}} stopped.',
    pilotsAndPractices: 'Pilots in {{year}}: {{pilots}}. Good practices shared: {{practices}}.',
    tableCaption: 'Where each theme stands in {{year}}',
    columns: {
      theme: 'Theme',
      baseline: 'Baseline',
      previous: 'Last year',
      current: 'This year',
      target: 'Ambition',
      status: 'Status',
    },
  },
  introduction: {
    manifest:
      'By signing the Manifest MVOI, the municipality of Maastricht committed to writing an MVOI action plan, monitoring its progress and reporting on it every year.',
    plan: 'The action plan runs from 2025 to 2028 and is updated every year in the PDCA cycle (Plan, Do, Check, Act). Organisation-wide the municipality starts at step {{current}} ({{currentLabel}}); the goal is every theme at least at step {{target}} ({{targetLabel}}) by the end of {{targetYear}}.',
    reading:
      'For each theme you read the ambition (baseline and target), the step on the ambition ladder from last year to this year with explanation and status, the actions (done, in progress, late and moved), the pilots, the good practices shared and what the theme will change. Then follow the organisation-wide actions, the conclusions and what this report cannot know.',
    asOf: 'Actions judged as of: {{date}}.',
    legendHeading: 'Status colours',
    ladderCaption: 'The ambition ladder',
    ladderColumns: { step: 'Step', label: 'Name' },
  },
  status: {
    'on-track': 'On track (green)',
    'at-risk': 'Needs attention (orange)',
    behind: 'Behind (red)',
    undetermined: 'Undetermined (grey)',
  },
  colour: {
    'on-track': 'green',
    'at-risk': 'orange',
    behind: 'red',
    undetermined: 'grey',
  },
  statusMeaning: {
    'on-track': 'likely to reach the ambition',
    'at-risk': 'the ambition is still within reach with extra effort',
    behind: 'the ambition calls for a fundamental review',
    undetermined: 'cannot be determined yet, or not confirmed',
  },
  step: '{{level}} {{label}}',
  noStep: 'unknown',
  theme: {
    owner: 'Owner: {{name}}.',
    noOwner: 'No owner yet.',
    ambitionHeading: 'Ambition',
    ambition:
      'Baseline: step {{baseline}} ({{baselineLabel}}). Ambition: step {{target}} ({{targetLabel}}) by {{targetYear}}.',
    ladderHeading: 'Position on the ladder',
    ladderCaption: 'Ambition ladder {{name}}',
    ladderColumns: { step: 'Step', label: 'Name', position: 'Position' },
    markers: {
      baseline: 'baseline',
      previous: '{{year}}',
      current: '{{year}} (confirmed)',
      target: 'ambition {{year}}',
    },
    moved:
      'From step {{from}} ({{fromLabel}}) in {{fromYear}} to step {{to}} ({{toLabel}}) in {{toYear}}.',
    fromBaseline:
      'From the baseline, step {{from}} ({{fromLabel}}), to step {{to}} ({{toLabel}}) in {{toYear}}.',
    noPrevious:
      'Step {{to}} ({{toLabel}}) in {{toYear}}; the step of {{previousYear}} was not confirmed.',
    notAssessed: 'The assessment of {{year}} has not been confirmed yet.',
    change_zero: 'Unchanged.',
    change_one: '{{count}} step up.',
    change_other: '{{count}} steps up.',
    down_one: '{{count}} step down.',
    down_other: '{{count}} steps down.',
    assessmentCaption: 'Assessment {{name}} {{year}}',
    assessmentColumns: { part: 'Part', value: 'Assessment' },
    rows: {
      step: 'Step',
      status: 'Status',
      explanation: 'Explanation',
      evidence: 'Evidence',
      confirmed: 'Confirmed',
      toGo: 'Still to go',
    },
    confirmedBy: '{{name}} on {{date}} (revision {{revision}})',
    confirmedOn: 'On {{date}} (revision {{revision}})',
    noEvidence: 'No sources given.',
    noExplanation: 'No explanation.',
    toGo: '{{steps}} to the ambition, {{years}} left up to {{targetYear}}.',
    toGoReached: 'The ambition has been reached.',
    toGoUnknown: 'Unknown: no confirmed step.',
    steps_one: '{{count}} step',
    steps_other: '{{count}} steps',
    years_one: '{{count}} year',
    years_other: '{{count}} years',
    actionsHeading: 'What we did',
    pilotsHeading: 'Pilots',
    pilotsCaption: 'Pilots {{name}} {{year}}',
    pilotColumns: { pilot: 'Pilot', status: 'Status' },
    noPilots: 'No pilots in {{year}}.',
    practicesHeading: 'Good practices shared',
    practices_zero: 'No good practice was shared in {{year}}.',
    practices_one: '{{count}} good practice was shared in {{year}}:',
    practices_other: '{{count}} good practices were shared in {{year}}:',
    actHeading: 'What we will change (Act)',
    noAct: 'Not written yet.',
  },
  actions: {
    groups: {
      done: 'Done',
      'in-progress': 'In progress',
      late: 'Late',
      moved: 'Moved to a later year',
      stopped: 'Stopped',
    },
    caption: '{{group}} ({{count}})',
    captionOf: '{{group}}: {{name}} ({{count}})',
    none: '{{group}}: none.',
    columns: {
      action: 'Action',
      goal: 'Goal',
      timing: 'Timing',
      status: 'Status',
      responsible: 'Responsible',
      movedTo: 'Now planned in',
      reason: 'Reason',
    },
    noGoal: '–',
    nobody: 'Nobody',
  },
  organisation: {
    intro:
      'Actions that belong to no theme, such as updating the procurement policy and communicating about MVOI.',
    name: 'organisation-wide',
  },
  conclusions: {
    'on-track': 'On track: {{themes}}.',
    attention: 'Needs attention or behind: {{themes}}.',
    attentionTheme: '{{name}} ({{status}})',
    'target-reached': 'Ambition reached: {{themes}}.',
    'not-assessed': 'Not confirmed yet: {{themes}}.',
    late_one: '{{count}} action of this year is late.',
    late_other: '{{count}} actions of this year are late.',
    moved_one: '{{count}} action was moved to a later year.',
    moved_other: '{{count}} actions were moved to a later year.',
    stopped_one: '{{count}} action was stopped.',
    stopped_other: '{{count}} actions were stopped.',
    act: 'Improvements written (Act) by: {{themes}}. They are the basis of the yearly update of the action plan.',
    none: 'Too little has been confirmed yet to draw conclusions.',
    proposal:
      'Proposal: update next year’s action plan with each theme’s improvements, take up the moved and late actions again, and confirm the missing assessments.',
  },
  unknowns: {
    intro: 'The app derives this report from what it stores. It cannot know:',
    'year-not-started': 'The year has not started: this is a preview, not an account.',
    'year-in-progress':
      'The year is still running: the actions are judged as of {{date}}, not at the end of the year.',
    'statuses-now':
      'The status of actions and pilots is the one of {{date}}, not the one at the end of the year.',
    'statuses-from-history':
      'The actions’ statuses are those at the end of the year, from SharePoint’s version history. Timing, goal, owner and the pilots’ statuses are shown as they are now.',
    'statuses-from-history-missing_one':
      'The history of {{count}} action could not be read; it shows its current status.',
    'statuses-from-history-missing_other':
      'The history of {{count}} actions could not be read; they show their current status.',
    'not-assessed': 'Without a confirmed assessment (status undetermined): {{themes}}.',
    'draft-pending':
      'A draft or correction has not been confirmed yet for: {{themes}}. Only confirmed assessments count.',
    'no-previous': 'No confirmed step in {{year}} for: {{themes}}.',
    'moved-derived':
      'An action counts as moved when the yearly update carried it over or its timing now names a later year; as stopped only when the update recorded it so.',
    'practices-by-date':
      'Good practices count by the date they were posted; removed and hidden ones do not count.',
    indicators:
      'Process indicators (tenders from €50,000 with MVOI criteria, the share of Social Return from €100,000), resources, capacity and risks are not (yet) part of this report; add them yourself.',
    problems_one: '{{count}} item in SharePoint does not fit the action plan and was left out.',
    problems_other: '{{count}} items in SharePoint do not fit the action plan and were left out.',
  },
};
