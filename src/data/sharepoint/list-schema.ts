/**
 * The SharePoint lists of the app: one declarative source for provisioning, mapping and queries.
 * It is a public interface (Power Automate, Power BI and admins use it), so internal names are
 * stable: ASCII without spaces, so SharePoint does not escape them, and never renamed.
 */
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from '../../domain/plan-year';

export type FieldDef =
  | {
      name: string;
      title: string;
      kind: 'text';
      maxLength?: number;
      required?: boolean;
      unique?: boolean;
      indexed?: boolean;
    }
  | { name: string; title: string; kind: 'note'; required?: boolean }
  | {
      name: string;
      title: string;
      kind: 'number';
      min?: number;
      max?: number;
      required?: boolean;
      indexed?: boolean;
    }
  | { name: string; title: string; kind: 'date'; indexed?: boolean }
  | { name: string; title: string; kind: 'datetime'; indexed?: boolean }
  | {
      name: string;
      title: string;
      kind: 'choice';
      choices: readonly string[];
      required?: boolean;
      indexed?: boolean;
    }
  | { name: string; title: string; kind: 'user'; indexed?: boolean }
  | {
      name: string;
      title: string;
      kind: 'lookup';
      list: ListName;
      multiple?: boolean;
      indexed?: boolean;
    };

/** Who may write: SharePoint groups and permission levels, applied per list at provisioning. */
export type ListAccess =
  /** Coordinators only (the site's own permissions). */
  | 'coordinators'
  /** Coordinators, and theme owners contribute. */
  | 'theme-owners'
  /**
   * Coordinators; each theme's owner contributes only in that theme's folder (see
   * theme-folders.ts), and reads the rest.
   */
  | 'theme-folders'
  /** Everyone contributes, and edits only the items they created. */
  | 'everyone-own-items';

export interface ListDef {
  /** The URL segment: the list lives at `<site>/Lists/<name>`. */
  name: ListName;
  title: string;
  description: string;
  access: ListAccess;
  fields: readonly FieldDef[];
  /** SharePoint keeps each item's versions: the list's history is read from them. */
  versioning?: boolean;
}

export const LIST_NAMES = [
  'MvoiThemes',
  'MvoiGoals',
  'MvoiPilots',
  'MvoiActions',
  'MvoiPractices',
  'MvoiComments',
  'MvoiReactions',
  'MvoiAssessments',
  'MvoiSettings',
  'MvoiNotifications',
  'MvoiProcurements',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** Stored choice values are the Dutch words SharePoint users see; the mappers translate them. */
export const ACTION_STATUS_CHOICES = ['Niet gestart', 'Bezig', 'Gereed', 'Geblokkeerd'] as const;
export const PILOT_STATUS_CHOICES = ['Gepland', 'Lopend', 'Afgerond'] as const;
export const REACTION_CHOICES = ['Nuttig', 'Inspirerend', 'Ga ik gebruiken'] as const;
export const ASSESSMENT_STATUS_CHOICES = [
  'Op koers',
  'Risico',
  'Achter',
  'Niet te bepalen',
] as const;
export const NOTIFICATION_CHANNELS = ['App', 'Kanaal', 'Activiteitenfeed'] as const;
/** How an earlier year's action was closed in the yearly update (see plan-update.ts). */
export const ACTION_OUTCOME_CHOICES = ['Doorgeschoven', 'Gestopt'] as const;
/** Claimed (being sent), sent, failed (tried again next run), or no one to send it to. */
export const NOTIFICATION_STATUS_CHOICES = [
  'Bezig',
  'Verstuurd',
  'Mislukt',
  'Geen ontvanger',
] as const;
export const PROCUREMENT_KIND_CHOICES = ['Leveringen', 'Diensten', 'Werken'] as const;
export const PROCUREMENT_STATUS_CHOICES = [
  'Gepland',
  'In voorbereiding',
  'Gepubliceerd',
  'Gegund',
  'Vervallen',
] as const;

export const LISTS: readonly ListDef[] = [
  {
    name: 'MvoiThemes',
    title: 'MVOI Thema’s',
    description: 'De zes thema’s van het MVOI-actieplan met hun positie op de ambitieladder.',
    access: 'coordinators',
    fields: [
      {
        name: 'ThemeKey',
        title: 'Themasleutel',
        kind: 'text',
        maxLength: 64,
        required: true,
        unique: true,
        indexed: true,
      },
      { name: 'SortOrder', title: 'Volgorde', kind: 'number' },
      { name: 'Description', title: 'Omschrijving', kind: 'note' },
      { name: 'FocusAreas', title: 'Focus', kind: 'note' },
      { name: 'BaselineLevel', title: 'Nulmeting', kind: 'number', min: 1, max: 5, required: true },
      { name: 'TargetLevel', title: 'Ambitie', kind: 'number', min: 1, max: 5, required: true },
      { name: 'Owner', title: 'Eigenaar', kind: 'user', indexed: true },
      { name: 'LongTermGoals', title: 'Lange termijn', kind: 'note' },
      { name: 'Policies', title: 'Beleid', kind: 'note' },
      // A plan year's own target, JSON `{"2027": 4}`; a year without one has TargetLevel.
      { name: 'YearTargets', title: 'Ambitie per jaar', kind: 'note' },
    ],
  },
  {
    name: 'MvoiGoals',
    title: 'MVOI Doelen',
    description: 'Concrete doelen per thema.',
    // Each theme's owner changes only the goals in their theme's folder (theme-folders.ts).
    access: 'theme-folders',
    fields: [
      { name: 'Theme', title: 'Thema', kind: 'lookup', list: 'MvoiThemes', indexed: true },
      { name: 'SortOrder', title: 'Volgorde', kind: 'number' },
    ],
  },
  {
    name: 'MvoiPilots',
    title: 'MVOI Pilots',
    description: 'Pilot-aanbestedingen; een pilot kan bij meerdere thema’s horen.',
    access: 'coordinators',
    fields: [
      { name: 'Themes', title: 'Thema’s', kind: 'lookup', list: 'MvoiThemes', multiple: true },
      { name: 'Year', title: 'Jaar', kind: 'number', min: 2020, max: 2100, indexed: true },
      {
        name: 'PilotStatus',
        title: 'Status',
        kind: 'choice',
        choices: PILOT_STATUS_CHOICES,
        indexed: true,
      },
      { name: 'Description', title: 'Omschrijving', kind: 'note' },
    ],
  },
  {
    name: 'MvoiActions',
    title: 'MVOI Acties',
    description: 'Acties per doel, met hun planning zoals het actieplan die schrijft.',
    access: 'theme-folders',
    // The action's history (timing moves, status and owner changes) is its version history.
    versioning: true,
    fields: [
      { name: 'Theme', title: 'Thema', kind: 'lookup', list: 'MvoiThemes', indexed: true },
      { name: 'Goal', title: 'Doel', kind: 'lookup', list: 'MvoiGoals', indexed: true },
      { name: 'Timing', title: 'Planning', kind: 'text', maxLength: 255 },
      { name: 'DueDate', title: 'Deadline', kind: 'date', indexed: true },
      // Indexed before the list grows: a year's view must stay within the list view threshold.
      {
        name: 'PlanYear',
        title: 'Planjaar',
        kind: 'number',
        min: MIN_PLAN_YEAR,
        max: MAX_PLAN_YEAR,
        indexed: true,
      },
      {
        name: 'Status',
        title: 'Status',
        kind: 'choice',
        choices: ACTION_STATUS_CHOICES,
        required: true,
        indexed: true,
      },
      { name: 'Owner', title: 'Eigenaar', kind: 'user', indexed: true },
      { name: 'Pilots', title: 'Pilots', kind: 'lookup', list: 'MvoiPilots', multiple: true },
      { name: 'Description', title: 'Omschrijving', kind: 'note' },
      { name: 'ProgressNotes', title: 'Voortgang', kind: 'note' },
      { name: 'SortOrder', title: 'Volgorde', kind: 'number' },
      // The yearly update closes an earlier year's open action without rewriting it: carried
      // into a new year's copy (CarriedTo) or stopped with a reason. Its status stays as it was.
      { name: 'Outcome', title: 'Afloop', kind: 'choice', choices: ACTION_OUTCOME_CHOICES },
      { name: 'OutcomeReason', title: 'Reden', kind: 'note' },
      { name: 'CarriedFrom', title: 'Doorgeschoven van', kind: 'lookup', list: 'MvoiActions' },
      { name: 'CarriedTo', title: 'Doorgeschoven naar', kind: 'lookup', list: 'MvoiActions' },
      // `<old id>-><year>` on the copy: SharePoint refuses a second copy of one carry-over.
      {
        name: 'CarryKey',
        title: 'Doorschuifsleutel',
        kind: 'text',
        maxLength: 64,
        unique: true,
        indexed: true,
      },
    ],
  },
  {
    name: 'MvoiPractices',
    title: 'MVOI Goede voorbeelden',
    description: 'Goede voorbeelden die collega’s met elkaar delen.',
    access: 'everyone-own-items',
    fields: [
      { name: 'Body', title: 'Tekst', kind: 'note', required: true },
      { name: 'Themes', title: 'Thema’s', kind: 'lookup', list: 'MvoiThemes', multiple: true },
      { name: 'Pilot', title: 'Pilot', kind: 'lookup', list: 'MvoiPilots', indexed: true },
      { name: 'Action', title: 'Actie', kind: 'lookup', list: 'MvoiActions', indexed: true },
      // 1 = pinned / hidden by a coordinator. Hidden is the mark; item permissions do the hiding.
      { name: 'Pinned', title: 'Vastgezet', kind: 'number', min: 0, max: 1, indexed: true },
      { name: 'Hidden', title: 'Verborgen', kind: 'number', min: 0, max: 1 },
    ],
  },
  {
    name: 'MvoiComments',
    title: 'MVOI Reacties',
    description: 'Reacties op goede voorbeelden.',
    access: 'everyone-own-items',
    fields: [
      {
        name: 'Practice',
        title: 'Goed voorbeeld',
        kind: 'lookup',
        list: 'MvoiPractices',
        indexed: true,
      },
      { name: 'Body', title: 'Tekst', kind: 'note', required: true },
    ],
  },
  {
    name: 'MvoiReactions',
    title: 'MVOI Waarderingen',
    description:
      'Waarderingen (nuttig, inspirerend, ga ik gebruiken) op goede voorbeelden: één per collega per soort.',
    access: 'everyone-own-items',
    fields: [
      {
        name: 'Practice',
        title: 'Goed voorbeeld',
        kind: 'lookup',
        list: 'MvoiPractices',
        indexed: true,
      },
      {
        name: 'Reaction',
        title: 'Waardering',
        kind: 'choice',
        choices: REACTION_CHOICES,
        required: true,
      },
      // `<practice>|<user>|<kind>`: SharePoint refuses a second one, from a double click or a second tab.
      {
        name: 'ReactionKey',
        title: 'Sleutel',
        kind: 'text',
        maxLength: 64,
        required: true,
        unique: true,
        indexed: true,
      },
    ],
  },
  {
    name: 'MvoiAssessments',
    title: 'MVOI Ambitiemetingen',
    description:
      'De jaarlijkse positie van elk thema op de ambitieladder (PDCA): concepten in de map van het thema, vastgestelde metingen in de map vastgesteld.',
    // Theme owners draft in their theme's folder; only coordinators write in `vastgesteld`.
    access: 'theme-folders',
    fields: [
      { name: 'Theme', title: 'Thema', kind: 'lookup', list: 'MvoiThemes', indexed: true },
      {
        name: 'Year',
        title: 'Jaar',
        kind: 'number',
        min: 2020,
        max: 2100,
        required: true,
        indexed: true,
      },
      { name: 'Level', title: 'Stap', kind: 'number', min: 1, max: 5, required: true },
      {
        name: 'AssessmentStatus',
        title: 'Status',
        kind: 'choice',
        choices: ASSESSMENT_STATUS_CHOICES,
        required: true,
      },
      { name: 'Explanation', title: 'Toelichting', kind: 'note' },
      { name: 'Evidence', title: 'Onderbouwing (links)', kind: 'note' },
      { name: 'Act', title: 'Bijsturing', kind: 'note' },
      { name: 'Revision', title: 'Versie', kind: 'number', min: 1, required: true },
      // `<theme>|<year>|<revision>|<concept or vastgesteld>`: a double confirm cannot store two.
      {
        name: 'AssessmentKey',
        title: 'Sleutel',
        kind: 'text',
        maxLength: 64,
        required: true,
        unique: true,
        indexed: true,
      },
      // On a confirmed copy: who drafted it and when (its Author and Created are the confirmation).
      { name: 'AssessedBy', title: 'Opgesteld door', kind: 'user' },
      { name: 'AssessedAt', title: 'Opgesteld op', kind: 'datetime' },
      { name: 'Draft', title: 'Concept', kind: 'number' },
    ],
  },
  {
    name: 'MvoiSettings',
    title: 'MVOI Instellingen',
    description: 'Instellingen van de app: Title is de sleutel, Value de waarde (JSON).',
    access: 'coordinators',
    fields: [{ name: 'Value', title: 'Waarde', kind: 'note' }],
  },
  {
    name: 'MvoiNotifications',
    title: 'MVOI Meldingen',
    description:
      'Logboek van verstuurde deadlinemeldingen, zodat niemand een melding twee keer krijgt.',
    access: 'coordinators',
    fields: [
      { name: 'Action', title: 'Actie', kind: 'lookup', list: 'MvoiActions', indexed: true },
      {
        name: 'Channel',
        title: 'Kanaal',
        kind: 'choice',
        choices: NOTIFICATION_CHANNELS,
        required: true,
      },
      { name: 'Deadline', title: 'Deadline', kind: 'date', indexed: true },
      { name: 'LeadTime', title: 'Dagen vooraf', kind: 'number' },
      { name: 'Recipient', title: 'Ontvanger', kind: 'user' },
      { name: 'SentAt', title: 'Verstuurd', kind: 'datetime', indexed: true },
      // The reminder's key: unique, so two runs cannot both claim (and send) one reminder.
      {
        name: 'NotificationKey',
        title: 'Sleutel',
        kind: 'text',
        maxLength: 255,
        required: true,
        unique: true,
        indexed: true,
      },
      {
        name: 'NotificationStatus',
        title: 'Status',
        kind: 'choice',
        choices: NOTIFICATION_STATUS_CHOICES,
        required: true,
      },
      { name: 'ErrorText', title: 'Fout', kind: 'note' },
    ],
  },
  {
    name: 'MvoiProcurements',
    title: 'MVOI Aanbestedingskalender',
    description:
      'Geplande aanbestedingen met geschatte waarde en publicatiekwartaal; de pilots horen erbij.',
    access: 'coordinators',
    fields: [
      // The Kenmerk, or title, department and quarter normalised: an import matches rows on it.
      {
        name: 'ProcurementKey',
        title: 'Sleutel',
        kind: 'text',
        maxLength: 255,
        required: true,
        unique: true,
        indexed: true,
      },
      { name: 'Department', title: 'Afdeling', kind: 'text', maxLength: 255 },
      { name: 'EstimatedValue', title: 'Geschatte waarde (EUR)', kind: 'number', min: 0 },
      // "Q3 2026", as the plan writes quarters; the year on its own for views and filters.
      { name: 'PublicationQuarter', title: 'Publicatie (kwartaal)', kind: 'text', maxLength: 16 },
      {
        name: 'PublicationYear',
        title: 'Publicatiejaar',
        kind: 'number',
        min: 2000,
        max: 2099,
        indexed: true,
      },
      {
        name: 'ProcurementKind',
        title: 'Soort',
        kind: 'choice',
        choices: PROCUREMENT_KIND_CHOICES,
      },
      { name: 'Themes', title: 'Thema’s', kind: 'lookup', list: 'MvoiThemes', multiple: true },
      {
        name: 'ProcurementStatus',
        title: 'Status',
        kind: 'choice',
        choices: PROCUREMENT_STATUS_CHOICES,
        required: true,
        indexed: true,
      },
      // 1 = an MVOI pilot; Pilot is its item in MvoiPilots, which actions link to.
      { name: 'IsPilot', title: 'MVOI-pilot', kind: 'number', min: 0, max: 1 },
      { name: 'Pilot', title: 'Pilot', kind: 'lookup', list: 'MvoiPilots', indexed: true },
      { name: 'CriteriaChosen', title: 'MVI-criteria gekozen', kind: 'number', min: 0, max: 1 },
      { name: 'SroiAgreed', title: 'SROI afgesproken', kind: 'number', min: 0, max: 1 },
      { name: 'CriteriaNotes', title: 'Gekozen criteria', kind: 'note' },
    ],
  },
];

export function listDef(name: ListName): ListDef {
  const def = LISTS.find((list) => list.name === name);
  if (!def) throw new Error(`Unknown list ${name}`);
  return def;
}

/** The three SharePoint groups the app's permissions are given to. */
export const SITE_GROUPS = {
  coordinators: 'MVOI Coördinatoren',
  themeOwners: 'MVOI Thema-eigenaren',
  colleagues: "MVOI Collega's",
} as const;

/** SharePoint's built-in role definition ids. */
export const ROLE_DEFINITIONS = {
  fullControl: 1073741829,
  contribute: 1073741827,
  read: 1073741826,
} as const;

/** Server-relative URL of a list, e.g. `/sites/mvoi/Lists/MvoiActions`. */
export function listUrl(siteUrl: string, name: ListName): string {
  return `${new URL(siteUrl).pathname.replace(/\/$/, '')}/Lists/${name}`;
}
