import type { Action, ActionInput, ActionSummary, ActionUpdate } from '../domain/action';
import type { AmbitionAssessment } from '../domain/ambition';
import type { Goal } from '../domain/goal';
import type { Person } from '../domain/person';
import type { Pilot, PilotInput } from '../domain/pilot';
import type { Practice, PracticeInput } from '../domain/practice';
import type { Theme } from '../domain/theme';
import type { ItemProblem } from './errors';

/** What a read returns: the items that fit the domain and the ones that did not. */
export interface ReadResult<T> {
  items: T[];
  problems: ItemProblem[];
}

/**
 * The whole plan as one consistent read (one request to SharePoint). Actions come as summaries:
 * their long texts are read per action, with `actions.get`.
 */
export interface PlanSnapshot {
  themes: Theme[];
  goals: Goal[];
  actions: ActionSummary[];
  pilots: Pilot[];
  problems: ItemProblem[];
}

/** One theme with everything its board shows, read together. */
export interface ThemeBoard {
  theme: Theme;
  goals: Goal[];
  actions: ActionSummary[];
  pilots: Pilot[];
  problems: ItemProblem[];
}

export interface PlanRepository {
  loadPlan(): Promise<PlanSnapshot>;
  loadThemeBoard(themeKey: string): Promise<ThemeBoard>;
}

export interface ThemeRepository {
  list(): Promise<ReadResult<Theme>>;
  setOwner(themeId: number, ownerId: number | undefined, version: string): Promise<Theme>;
}

export interface GoalRepository {
  listByTheme(themeId: number): Promise<ReadResult<Goal>>;
  create(themeId: number, title: string): Promise<Goal>;
}

export interface ActionRepository {
  listByTheme(themeId: number): Promise<ReadResult<Action>>;
  /** The whole action as stored now, description and progress notes included: one request. */
  get(id: number): Promise<Action>;
  create(command: ActionInput): Promise<Action>;
  /**
   * Saves the action (validated here too); `version` is the one the user started from, so a
   * stale edit is a conflict. A command without description or progress notes (a card's move)
   * leaves those as stored.
   */
  update(id: number, command: ActionUpdate, version: string): Promise<Action>;
  delete(id: number, version: string): Promise<void>;
}

export interface PilotRepository {
  list(): Promise<ReadResult<Pilot>>;
  create(command: PilotInput): Promise<Pilot>;
  update(id: number, command: PilotInput, version: string): Promise<Pilot>;
}

export interface PracticeQuery {
  /** Words to find in the title or body. */
  search?: string;
  themeId?: number;
}

export interface PracticeRepository {
  list(query?: PracticeQuery): Promise<ReadResult<Practice>>;
  create(command: PracticeInput): Promise<Practice>;
  update(id: number, command: PracticeInput, version: string): Promise<Practice>;
  delete(id: number, version: string): Promise<void>;
}

export interface AssessmentRepository {
  listByYear(year: number): Promise<ReadResult<AmbitionAssessment>>;
}

/** App settings the coordinator keeps in SharePoint. */
export interface AppSettings {
  leadTimeDays: number[];
  channelWebhookUrl: string | undefined;
  /** The plan does not name step 5 of the ladder; the coordinator may. */
  ladderStep5Label: string | undefined;
}

export interface SettingsRepository {
  get(): Promise<AppSettings>;
  update(settings: AppSettings): Promise<AppSettings>;
}

export interface CurrentUser extends Person {
  /** Whether the user may change every list (SharePoint Full Control). */
  isCoordinator: boolean;
}

export interface PeopleRepository {
  currentUser(): Promise<CurrentUser>;
  siteUsers(): Promise<Person[]>;
}

export interface Repositories {
  plan: PlanRepository;
  themes: ThemeRepository;
  goals: GoalRepository;
  actions: ActionRepository;
  pilots: PilotRepository;
  practices: PracticeRepository;
  assessments: AssessmentRepository;
  settings: SettingsRepository;
  people: PeopleRepository;
}
