import type { TFunction } from 'i18next';
import type { AmbitionLevel, AssessmentStatus } from '../../domain/ambition';
import { ASSESSMENT_STATUSES } from '../../domain/ambition';
import {
  ACTION_GROUPS,
  type ActionGroup,
  type Conclusion,
  type ReportActions,
  type ThemeReport,
  type ThemeRef,
  type Unknown,
  type YearReport,
  type YearReportSection,
} from '../../domain/year-report';
import type { Language } from '../../i18n/languages';

/** A table cell: text, or a status shown in its colour and named in words. */
export type ReportCell = string | { text: string; status: AssessmentStatus };

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; columns: string[]; rows: ReportCell[][] };

export interface ReportSection {
  /** Unique in the document: the section kind, or `theme-<key>`. */
  id: string;
  kind: YearReportSection;
  title: string;
  /** The Excel sheet's name (at most 31 characters). */
  sheetName: string;
  blocks: ReportBlock[];
}

/**
 * The year report in words, once, for every way it is shown: the page, Word and Excel each lay
 * out these sections and blocks in their own format.
 */
export interface ReportDocument {
  title: string;
  subtitle: string;
  /** The download's name without extension. */
  fileStem: string;
  sections: ReportSection[];
}

export interface ReportWords {
  /** Bound to the user's language. */
  t: TFunction;
  language: Language;
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

const LIST_FORMATS: Record<Language, Intl.ListFormat> = {
  nl: new Intl.ListFormat('nl', { type: 'conjunction' }),
  en: new Intl.ListFormat('en', { type: 'conjunction' }),
};

/** Excel refuses sheet names over 31 characters or with any of `[]:*?/\`. */
export function sheetNameOf(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** The report model in the user's language, in the order a council reads it. */
export function reportDocument(report: YearReport, { t, language }: ReportWords): ReportDocument {
  const date = (day: string) => DATE_FORMATS[language].format(new Date(`${day}T00:00:00Z`));
  const names = (themes: readonly { name: string }[]) =>
    LIST_FORMATS[language].format(themes.map((theme) => theme.name));
  const labels = new Map(report.ladder.map((step) => [step.level, step.label]));
  const label = (level: AmbitionLevel) => labels.get(level) ?? String(level);
  const step = (level: AmbitionLevel | undefined) =>
    level === undefined
      ? t('yearReport.noStep')
      : t('yearReport.step', { level, label: label(level) });
  const status = (value: AssessmentStatus): ReportCell => ({
    text: t(`yearReport.status.${value}`),
    status: value,
  });
  const { year } = report;
  const words = { t, date, names, label, step, status, year };

  const sections: ReportSection[] = [
    {
      id: 'summary',
      kind: 'summary',
      title: t('yearReport.sections.summary'),
      sheetName: t('yearReport.sheets.summary'),
      blocks: summaryBlocks(report, words),
    },
    {
      id: 'introduction',
      kind: 'introduction',
      title: t('yearReport.sections.introduction'),
      sheetName: t('yearReport.sheets.introduction'),
      blocks: introductionBlocks(report, words),
    },
    ...report.themes.map((theme): ReportSection => ({
      id: `theme-${theme.key}`,
      kind: 'themes',
      title: t('yearReport.sections.theme', { name: theme.name }),
      sheetName: sheetNameOf(theme.name),
      blocks: themeBlocks(theme, words),
    })),
    {
      id: 'organisation',
      kind: 'organisation',
      title: t('yearReport.sections.organisation'),
      sheetName: t('yearReport.sheets.organisation'),
      blocks: [
        { kind: 'paragraph', text: t('yearReport.organisation.intro') },
        ...actionBlocks(report.organisation, t('yearReport.organisation.name'), words),
      ],
    },
    {
      id: 'conclusions',
      kind: 'conclusions',
      title: t('yearReport.sections.conclusions'),
      sheetName: t('yearReport.sheets.conclusions'),
      blocks: conclusionBlocks(report.conclusions, words),
    },
    {
      id: 'unknowns',
      kind: 'unknowns',
      title: t('yearReport.sections.unknowns'),
      sheetName: t('yearReport.sheets.unknowns'),
      blocks: [
        { kind: 'paragraph', text: t('yearReport.unknowns.intro') },
        { kind: 'list', items: report.unknowns.map((unknown) => unknownText(unknown, words)) },
      ],
    },
  ];
  return {
    title: t('yearReport.title', { year }),
    subtitle: t('yearReport.subtitle', { date: date(report.today) }),
    fileStem: t('yearReport.fileStem', { year }),
    sections,
  };
}

interface Words {
  t: TFunction;
  date: (day: string) => string;
  names: (themes: readonly { name: string }[]) => string;
  label: (level: AmbitionLevel) => string;
  step: (level: AmbitionLevel | undefined) => string;
  status: (value: AssessmentStatus) => ReportCell;
  year: number;
}

function summaryBlocks(report: YearReport, { t, step, status, year }: Words): ReportBlock[] {
  const { summary } = report;
  const columns = t('yearReport.summary.columns', { returnObjects: true });
  return [
    {
      kind: 'paragraph',
      text: t('yearReport.summary.assessed', {
        total: summary.themes,
        assessed: summary.assessed,
        year,
      }),
    },
    {
      kind: 'paragraph',
      text: [
        t('yearReport.summary.statuses', {
          onTrack: summary.byStatus['on-track'],
          atRisk: summary.byStatus['at-risk'],
          behind: summary.byStatus.behind,
          undetermined: summary.byStatus.undetermined,
        }),
        t('yearReport.summary.atTarget', { count: summary.atTarget }),
      ].join(' '),
    },
    {
      kind: 'paragraph',
      text: t('yearReport.summary.actions', {
        year,
        done: summary.actions.done,
        inProgress: summary.actions['in-progress'],
        late: summary.actions.late,
        moved: summary.actions.moved,
        stopped: summary.actions.stopped,
      }),
    },
    {
      kind: 'paragraph',
      text: t('yearReport.summary.pilotsAndPractices', {
        year,
        pilots: summary.pilots,
        practices: summary.practices,
      }),
    },
    {
      kind: 'table',
      caption: t('yearReport.summary.tableCaption', { year }),
      columns: [
        columns.theme,
        columns.baseline,
        columns.previous,
        columns.current,
        columns.target,
        columns.status,
      ],
      rows: report.themes.map((theme) => [
        theme.name,
        step(theme.baseline),
        step(theme.previous?.level),
        step(theme.assessment?.level),
        step(theme.target),
        status(theme.status),
      ]),
    },
  ];
}

function introductionBlocks(report: YearReport, { t, date, label }: Words): ReportBlock[] {
  const ambition = report.organisationAmbition;
  return [
    { kind: 'paragraph', text: t('yearReport.introduction.manifest') },
    {
      kind: 'paragraph',
      text: t('yearReport.introduction.plan', {
        current: ambition.current,
        currentLabel: label(ambition.current),
        target: ambition.target,
        targetLabel: label(ambition.target),
        targetYear: ambition.targetYear,
      }),
    },
    { kind: 'paragraph', text: t('yearReport.introduction.reading') },
    { kind: 'paragraph', text: t('yearReport.introduction.asOf', { date: date(report.asOf) }) },
    {
      kind: 'table',
      caption: t('yearReport.introduction.ladderCaption'),
      columns: [
        t('yearReport.introduction.ladderColumns.step'),
        t('yearReport.introduction.ladderColumns.label'),
      ],
      rows: report.ladder.map((rung) => [String(rung.level), rung.label]),
    },
    { kind: 'heading', text: t('yearReport.introduction.legendHeading') },
    {
      kind: 'list',
      items: ASSESSMENT_STATUSES.map(
        (value) => `${t(`yearReport.status.${value}`)}: ${t(`yearReport.statusMeaning.${value}`)}`,
      ),
    },
  ];
}

function ladderMoveText(theme: ThemeReport, { t, label, year }: Words): string {
  const { previous, assessment } = theme;
  if (!assessment) return t('yearReport.theme.notAssessed', { year });
  const to = { to: assessment.level, toLabel: label(assessment.level), toYear: year };
  if (!previous) return t('yearReport.theme.noPrevious', { ...to, previousYear: year - 1 });
  const from = { from: previous.level, fromLabel: label(previous.level) };
  const moved =
    previous.source === 'baseline'
      ? t('yearReport.theme.fromBaseline', { ...from, ...to })
      : t('yearReport.theme.moved', { ...from, ...to, fromYear: previous.year });
  const change = assessment.level - previous.level;
  const changed =
    change < 0
      ? t('yearReport.theme.down', { count: -change })
      : t('yearReport.theme.change', { count: change });
  return `${moved} ${changed}`;
}

function ladderRows(theme: ThemeReport, { t, label, year }: Words): ReportCell[][] {
  return ([5, 4, 3, 2, 1] as const).map((level) => {
    const markers: string[] = [];
    if (level === theme.baseline) markers.push(t('yearReport.theme.markers.baseline'));
    if (theme.previous?.source === 'assessment' && level === theme.previous.level) {
      markers.push(t('yearReport.theme.markers.previous', { year: theme.previous.year }));
    }
    if (level === theme.assessment?.level) {
      markers.push(t('yearReport.theme.markers.current', { year }));
    }
    if (level === theme.target) {
      markers.push(t('yearReport.theme.markers.target', { year: theme.targetYear }));
    }
    return [String(level), label(level), markers.join(', ')];
  });
}

function toGoText(theme: ThemeReport, { t }: Words): string {
  if (theme.stepsToTarget === undefined) return t('yearReport.theme.toGoUnknown');
  if (theme.stepsToTarget === 0) return t('yearReport.theme.toGoReached');
  return t('yearReport.theme.toGo', {
    steps: t('yearReport.theme.steps', { count: theme.stepsToTarget }),
    years: t('yearReport.theme.years', { count: theme.yearsLeft }),
    targetYear: theme.targetYear,
  });
}

type AssessmentRow = 'step' | 'status' | 'explanation' | 'evidence' | 'confirmed' | 'toGo';

function assessmentRows(theme: ThemeReport, words: Words): ReportCell[][] {
  const { t, date, step, status } = words;
  const rows = (key: AssessmentRow, value: ReportCell): ReportCell[] => [
    t(`yearReport.theme.rows.${key}`),
    value,
  ];
  const { assessment } = theme;
  if (!assessment) {
    return [rows('status', status(theme.status)), rows('toGo', toGoText(theme, words))];
  }
  const confirmedOn = assessment.confirmedOn ? date(assessment.confirmedOn) : '';
  return [
    rows('step', step(assessment.level)),
    rows('status', status(assessment.status)),
    rows('explanation', assessment.explanation.trim() || t('yearReport.theme.noExplanation')),
    rows(
      'evidence',
      assessment.evidence.length > 0
        ? assessment.evidence.join('\n')
        : t('yearReport.theme.noEvidence'),
    ),
    rows(
      'confirmed',
      assessment.confirmedBy
        ? t('yearReport.theme.confirmedBy', {
            name: assessment.confirmedBy,
            date: confirmedOn,
            revision: assessment.revision,
          })
        : t('yearReport.theme.confirmedOn', { date: confirmedOn, revision: assessment.revision }),
    ),
    rows('toGo', toGoText(theme, words)),
  ];
}

function themeBlocks(theme: ThemeReport, words: Words): ReportBlock[] {
  const { t, label, year } = words;
  const practicesLine = t('yearReport.theme.practices', { count: theme.practices.length, year });
  return [
    {
      kind: 'paragraph',
      text: theme.owner
        ? t('yearReport.theme.owner', { name: theme.owner })
        : t('yearReport.theme.noOwner'),
    },
    { kind: 'heading', text: t('yearReport.theme.ambitionHeading') },
    {
      kind: 'paragraph',
      text: t('yearReport.theme.ambition', {
        baseline: theme.baseline,
        baselineLabel: label(theme.baseline),
        target: theme.target,
        targetLabel: label(theme.target),
        targetYear: theme.targetYear,
      }),
    },
    { kind: 'heading', text: t('yearReport.theme.ladderHeading') },
    { kind: 'paragraph', text: ladderMoveText(theme, words) },
    {
      kind: 'table',
      caption: t('yearReport.theme.ladderCaption', { name: theme.name }),
      columns: [
        t('yearReport.theme.ladderColumns.step'),
        t('yearReport.theme.ladderColumns.label'),
        t('yearReport.theme.ladderColumns.position'),
      ],
      rows: ladderRows(theme, words),
    },
    {
      kind: 'table',
      caption: t('yearReport.theme.assessmentCaption', { name: theme.name, year }),
      columns: [
        t('yearReport.theme.assessmentColumns.part'),
        t('yearReport.theme.assessmentColumns.value'),
      ],
      rows: assessmentRows(theme, words),
    },
    { kind: 'heading', text: t('yearReport.theme.actionsHeading') },
    ...actionBlocks(theme.actions, theme.name, words),
    { kind: 'heading', text: t('yearReport.theme.pilotsHeading') },
    theme.pilots.length > 0
      ? {
          kind: 'table',
          caption: t('yearReport.theme.pilotsCaption', { name: theme.name, year }),
          columns: [
            t('yearReport.theme.pilotColumns.pilot'),
            t('yearReport.theme.pilotColumns.status'),
          ],
          rows: theme.pilots.map((pilot) => [pilot.title, t(`pilotStatus.${pilot.status}`)]),
        }
      : { kind: 'paragraph', text: t('yearReport.theme.noPilots', { year }) },
    { kind: 'heading', text: t('yearReport.theme.practicesHeading') },
    { kind: 'paragraph', text: practicesLine },
    ...(theme.practices.length > 0
      ? [{ kind: 'list' as const, items: theme.practices.map((practice) => practice.title) }]
      : []),
    { kind: 'heading', text: t('yearReport.theme.actHeading') },
    { kind: 'paragraph', text: theme.assessment?.act.trim() || t('yearReport.theme.noAct') },
  ];
}

function actionBlocks(actions: ReportActions, name: string, { t }: Words): ReportBlock[] {
  return ACTION_GROUPS.map((group: ActionGroup): ReportBlock => {
    const groupName = t(`yearReport.actions.groups.${group}`);
    const listed = actions[group];
    if (listed.length === 0) {
      return { kind: 'paragraph', text: t('yearReport.actions.none', { group: groupName }) };
    }
    const columns = [
      t('yearReport.actions.columns.action'),
      t('yearReport.actions.columns.goal'),
      t('yearReport.actions.columns.timing'),
      t('yearReport.actions.columns.status'),
      t('yearReport.actions.columns.responsible'),
    ];
    const extra =
      group === 'moved'
        ? t('yearReport.actions.columns.movedTo')
        : group === 'stopped'
          ? t('yearReport.actions.columns.reason')
          : undefined;
    return {
      kind: 'table',
      caption: t('yearReport.actions.captionOf', { group: groupName, name, count: listed.length }),
      columns: extra ? [...columns, extra] : columns,
      rows: listed.map((action) => {
        const cells = [
          action.title,
          action.goalTitle ?? t('yearReport.actions.noGoal'),
          action.timing,
          t(`status.${action.status}`),
          action.responsible ?? t('yearReport.actions.nobody'),
        ];
        if (group === 'moved') return [...cells, String(action.movedTo ?? '')];
        if (group === 'stopped') return [...cells, action.reason ?? ''];
        return cells;
      }),
    };
  });
}

function conclusionBlocks(conclusions: readonly Conclusion[], words: Words): ReportBlock[] {
  const { t } = words;
  return [
    {
      kind: 'list',
      items:
        conclusions.length > 0
          ? conclusions.map((conclusion) => conclusionText(conclusion, words))
          : [t('yearReport.conclusions.none')],
    },
    { kind: 'paragraph', text: t('yearReport.conclusions.proposal') },
  ];
}

function conclusionText(conclusion: Conclusion, { t, names }: Words): string {
  switch (conclusion.kind) {
    case 'attention':
      return t('yearReport.conclusions.attention', {
        themes: conclusion.themes
          .map((theme) =>
            t('yearReport.conclusions.attentionTheme', {
              name: theme.name,
              status: t(`yearReport.colour.${theme.status}`),
            }),
          )
          .join('; '),
      });
    case 'late':
      return t('yearReport.conclusions.late', { count: conclusion.count });
    case 'moved':
      return t('yearReport.conclusions.moved', { count: conclusion.count });
    case 'stopped':
      return t('yearReport.conclusions.stopped', { count: conclusion.count });
    default:
      return t(`yearReport.conclusions.${conclusion.kind}`, { themes: names(conclusion.themes) });
  }
}

function unknownText(unknown: Unknown, { t, date, names }: Words): string {
  const themes = (list: ThemeRef[]) => names(list);
  switch (unknown.kind) {
    case 'year-in-progress':
      return t('yearReport.unknowns.year-in-progress', { date: date(unknown.asOf) });
    case 'statuses-now':
      return t('yearReport.unknowns.statuses-now', { date: date(unknown.today) });
    case 'not-assessed':
    case 'draft-pending':
      return t(`yearReport.unknowns.${unknown.kind}`, { themes: themes(unknown.themes) });
    case 'no-previous':
      return t('yearReport.unknowns.no-previous', {
        year: unknown.year,
        themes: themes(unknown.themes),
      });
    case 'statuses-from-history':
      return unknown.missing > 0
        ? `${t('yearReport.unknowns.statuses-from-history')} ${t('yearReport.unknowns.statuses-from-history-missing', { count: unknown.missing })}`
        : t('yearReport.unknowns.statuses-from-history');
    case 'problems':
      return t('yearReport.unknowns.problems', { count: unknown.count });
    default:
      return t(`yearReport.unknowns.${unknown.kind}`);
  }
}
