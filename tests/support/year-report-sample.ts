import type { ActionSummary } from '../../src/domain/action';
import type { AmbitionAssessment } from '../../src/domain/ambition';
import type { Theme } from '../../src/domain/theme';
import { buildYearReport, type YearReport } from '../../src/domain/year-report';

const joris = { id: 7, name: 'Joris Hermans', email: 'joris@example.org' };
const sanne = { id: 1, name: 'Sanne Vermeulen', email: 'sanne@example.org' };

/** A theme of the plan's shape, changed where `change` says. */
export function theme(id: number, change: Partial<Theme>): Theme {
  return {
    id,
    key: 'klimaat',
    name: `Thema ${id}`,
    description: '',
    focusAreas: [],
    baselineLevel: 2,
    targetLevel: 4,
    owner: undefined,
    longTermGoals: [],
    policies: [],
    version: '1',
    ...change,
  };
}

/** An action of 2025's plan, not started, changed where `change` says. */
export function action(id: number, change: Partial<ActionSummary>): ActionSummary {
  return {
    id,
    themeId: 1,
    goalId: undefined,
    title: `Actie ${id}`,
    timing: 'Q4 2025',
    dueDate: undefined,
    planYear: 2025,
    status: 'not-started',
    owner: undefined,
    pilotIds: [],
    version: '1',
    ...change,
  };
}

export const SAMPLE_EXPLANATION = 'Vier pilots liepen; de MKI is bij één GWW-project gebruikt.';
export const SAMPLE_ACT = 'In 2026 bij elke GWW-aanbesteding de MKI toepassen.';

export const sampleAssessment: AmbitionAssessment = {
  id: 1,
  themeId: 1,
  year: 2025,
  level: 3,
  status: 'at-risk',
  explanation: SAMPLE_EXPLANATION,
  evidence: ['https://stella.example.org/klimaat'],
  act: SAMPLE_ACT,
  state: 'confirmed',
  revision: 1,
  assessedBy: joris,
  assessedAt: '2025-12-01T10:00:00Z',
  confirmedBy: sanne,
  confirmedAt: '2025-12-15T10:00:00Z',
  version: '1',
};

/** A small 2025 report: Klimaat confirmed at step 3 (at risk), Circulair not assessed. */
export function sampleYearReport(): YearReport {
  return buildYearReport({
    year: 2025,
    themes: [
      theme(1, { key: 'klimaat', name: 'Klimaat', owner: joris }),
      theme(2, { key: 'circulair', name: 'Circulair' }),
    ],
    goals: [{ id: 30, themeId: 1, title: 'Meten is weten', version: '1' }],
    actions: [
      action(1, { title: 'Inkoop Energie', status: 'done', goalId: 30 }),
      action(2, { title: 'MKI bij GWW', timing: 'Q2 2025' }),
      action(3, { title: 'Kansenkaart', timing: 'Q1 2026', themeId: 2 }),
      action(4, { title: 'Inkoopbeleid bijwerken', themeId: undefined, status: 'in-progress' }),
    ],
    pilots: [
      {
        id: 1,
        title: 'Vrachtwagens met haakkranen',
        themeIds: [1],
        year: 2025,
        status: 'completed',
        description: '',
        version: '1',
      },
    ],
    practices: [
      {
        id: 1,
        title: 'Zonnepanelen',
        themeIds: [1],
        created: '2025-03-01T10:00:00Z',
        hidden: false,
      },
    ],
    assessments: [sampleAssessment],
    ladderLabels: { 1: 'Afweging', 2: 'Pilots', 3: 'Verbreding', 4: 'Borging', 5: 'Stap 5' },
    today: '2026-01-20',
  });
}
