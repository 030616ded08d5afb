import type { Action, ActionInput, ActionSummary, ActionUpdate } from '../domain/action';
import type { AmbitionAssessment } from '../domain/ambition';
import type { AssessmentInput } from '../domain/assessment-input';
import type { AppSettingsInput } from '../domain/app-settings';
import type { Goal } from '../domain/goal';
import type { Person } from '../domain/person';
import type { Pilot, PilotInput } from '../domain/pilot';
import type { Procurement, ProcurementInput } from '../domain/procurement';
import type { ProcurementImportCommand } from '../domain/procurement-import';
import type {
  CommentInput,
  ImageUpload,
  Practice,
  PracticeComment,
  PracticeFilter,
  PracticeInput,
  PracticeStats,
  ReactionKind,
} from '../domain/practice';
import type { Theme } from '../domain/theme';
import type { HistoryEntry } from '../domain/action-history';
import type { PlanUpdateDraft } from '../domain/plan-update';
import type { GoalRemoval, ThemeInput } from '../domain/theme-input';
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
  /** Coordinators only (SharePoint refuses others); a new owner takes over the theme's folders. */
  update(themeId: number, input: ThemeInput, version: string): Promise<Theme>;
}

/** A theme's owner and the coordinators change its goals; SharePoint refuses anyone else. */
export interface GoalRepository {
  /** In the theme's order. */
  listByTheme(themeId: number): Promise<ReadResult<Goal>>;
  /** Adds the goal last, in its theme's folder. */
  create(themeId: number, title: string): Promise<Goal>;
  rename(goalId: number, title: string, version: string): Promise<Goal>;
  /** Stores this order (one `$batch`, each goal with its ETag); a stale goal is a conflict. */
  reorder(goals: readonly Pick<Goal, 'id' | 'version'>[]): Promise<void>;
  /**
   * Moves, detaches or deletes the goal's actions first, each with its ETag, and removes the goal
   * last: if anything fails, the goal is still there to try again.
   */
  delete(goalId: number, version: string, removal: GoalRemoval): Promise<void>;
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
  /** What happened to the action, oldest first, from SharePoint's version history. */
  history(id: number): Promise<HistoryEntry[]>;
}

/** A year's update draft as stored; `version` undefined while nothing is stored yet. */
export interface StoredPlanUpdate {
  draft: PlanUpdateDraft;
  version: string | undefined;
}

/** What an apply wrote, so far: after a failure it says how far it came. */
export interface PlanUpdateProgress {
  created: number;
  closed: number;
  targets: number;
}

/** The yearly update (coordinators only: SharePoint refuses others). */
export interface PlanUpdateRepository {
  get(year: number): Promise<StoredPlanUpdate>;
  /** Saves the draft; a draft changed since `version` was read is a conflict. */
  save(draft: PlanUpdateDraft, version: string | undefined): Promise<StoredPlanUpdate>;
  /**
   * Claims the draft with `version` (a second apply from the same read gets a conflict), then
   * writes it in batches, each write with its item's ETag. Safe to run again after a failure: it
   * writes only what is still missing. A failure is a DataError whose `current` is the progress.
   */
  apply(year: number, version: string): Promise<PlanUpdateProgress>;
}

export interface PilotRepository {
  list(): Promise<ReadResult<Pilot>>;
  create(command: PilotInput): Promise<Pilot>;
  update(id: number, command: PilotInput, version: string): Promise<Pilot>;
}

/** One page of the feed, newest first; `cursor` reads the next one (SharePoint's nextLink). */
export interface PracticePage extends ReadResult<Practice> {
  cursor: string | undefined;
}

export interface PracticeSearchHit {
  practiceId: number;
  /** The post's title (also for a hit in one of its comments). */
  title: string;
  /** SharePoint's HitHighlightedSummary: text with `<c0>`…`</c0>` and `<ddd/>`; never HTML. */
  summary: string;
  foundIn: 'post' | 'comment';
}

export interface PracticeSearchResult {
  hits: PracticeSearchHit[];
  total: number;
  /** The next page's number, if any. */
  nextPage: number | undefined;
}

export interface PracticeImage {
  name: string;
}

export interface PracticeRepository {
  /** A page of posts (pinned ones included: the caller shows those from `pinned`). */
  page(filter: PracticeFilter, cursor?: string): Promise<PracticePage>;
  /** The pinned posts, read with a small query of their own. */
  pinned(filter: PracticeFilter): Promise<ReadResult<Practice>>;
  get(id: number): Promise<Practice>;
  /** Posts and uploads its images; if an upload fails, the post is removed again and it throws. */
  create(command: PracticeInput, images?: readonly ImageUpload[]): Promise<Practice>;
  /** Saves with the ETag `version`; then adds and removes images (each removal is undone on failure). */
  update(
    id: number,
    command: PracticeInput,
    version: string,
    images?: { add?: readonly ImageUpload[]; remove?: readonly string[] },
  ): Promise<Practice>;
  delete(id: number, version: string): Promise<void>;
  images(id: number): Promise<PracticeImage[]>;
  /** The image's bytes, read with the user's token (SharePoint's URLs need a session). */
  imageBlob(id: number, name: string): Promise<Blob>;
  /** Reactions and comment counts of the posts, as seen by `userId`. */
  stats(ids: readonly number[], userId: number): Promise<Map<number, PracticeStats>>;
  /** Idempotent: reacting twice leaves one reaction, removing twice none. */
  react(id: number, kind: ReactionKind, userId: number): Promise<void>;
  unreact(id: number, kind: ReactionKind, userId: number): Promise<void>;
  comments(id: number): Promise<ReadResult<PracticeComment>>;
  addComment(id: number, input: CommentInput): Promise<PracticeComment>;
  updateComment(commentId: number, input: CommentInput, version: string): Promise<PracticeComment>;
  deleteComment(commentId: number, version: string): Promise<void>;
  /** Coordinators only (SharePoint refuses others). */
  setPinned(id: number, pinned: boolean, version: string): Promise<Practice>;
  /**
   * Coordinators only: a hidden post (and its comments) gets permissions of its own, so only its
   * author (read) and the coordinators can see it, in SharePoint itself.
   */
  setHidden(id: number, hidden: boolean, version: string): Promise<Practice>;
  /** Full text over posts and comments through SharePoint Search (0-based page of 10). */
  search(text: string, page?: number): Promise<PracticeSearchResult>;
}

export interface AssessmentRepository {
  /** Drafts and confirmed ones, every revision: `ladder-progress.ts` picks what counts. */
  listByYear(year: number): Promise<ReadResult<AmbitionAssessment>>;
  listByTheme(themeId: number): Promise<ReadResult<AmbitionAssessment>>;
  /** All of them: six themes, a few revisions a year. */
  listAll(): Promise<ReadResult<AmbitionAssessment>>;
  /**
   * Saves the theme's draft for the year: a new one (the next revision) when `existing` is
   * absent, else that open draft with its ETag. The theme's owner or a coordinator only
   * (SharePoint refuses others); a second open draft, or a draft already confirmed, is a conflict.
   */
  draft(
    themeId: number,
    year: number,
    input: AssessmentInput,
    existing?: { id: number; version: string },
  ): Promise<AmbitionAssessment>;
  /**
   * Coordinators only: stores a confirmed copy of the draft as the user saw it (`version`); the
   * draft stays. A correction is a new draft, confirmed in turn; older confirmed ones stay.
   */
  confirm(draftId: number, version: string): Promise<AmbitionAssessment>;
}

/**
 * App settings the coordinator keeps in SharePoint. Only coordinators can read the webhook URL
 * (SharePoint withholds it from others, who get undefined).
 */
export interface AppSettings extends AppSettingsInput {
  /** The ETag of what was read; a save from an older read is a conflict. */
  version: string;
}

export interface SettingsRepository {
  get(): Promise<AppSettings>;
  update(settings: AppSettingsInput, version: string): Promise<AppSettings>;
}

export interface CurrentUser extends Person {
  /** Whether the user may change every list (SharePoint Full Control). */
  isCoordinator: boolean;
}

export interface PeopleRepository {
  currentUser(): Promise<CurrentUser>;
  siteUsers(): Promise<Person[]>;
}

/** What an import wrote, row by row; a failed row leaves the rest of its batch as it went. */
export interface ProcurementImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Rows SharePoint refused, or whose batch failed as a whole (then unknown: import again). */
  failed: { key: string; title: string; error: Error }[];
  /** Rows not tried because an earlier batch failed. */
  notAttempted: string[];
}

export interface ProcurementRepository {
  list(): Promise<ReadResult<Procurement>>;
  /** Coordinators only (SharePoint refuses others). */
  create(command: ProcurementInput): Promise<Procurement>;
  /** Saves with the ETag `version`; the key it was matched on stays. */
  update(id: number, command: ProcurementInput, version: string): Promise<Procurement>;
  /**
   * Writes the rows by key in `$batch` requests: new keys are added, changed rows updated (only
   * the calendar's columns), the same rows left alone, so importing a file twice changes nothing
   * and importing it again after a failure completes it.
   */
  importRows(rows: readonly ProcurementImportCommand[]): Promise<ProcurementImportReport>;
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
  planUpdates: PlanUpdateRepository;
  procurements: ProcurementRepository;
}
