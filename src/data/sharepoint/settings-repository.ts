import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import {
  appSettingsInputSchema,
  DEFAULT_APP_SETTINGS,
  type AppSettingsInput,
} from '../../domain/app-settings';
import { DataError } from '../errors';
import type { AppSettings, SettingsRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { ROLE_DEFINITIONS, SITE_GROUPS } from './list-schema';
import { ensureAssignments } from './role-assignments';
import { siteList } from './site-lists';
import { guarded, toDataError } from './to-data-error';

/** Each setting is one item: Title is the key, Value its JSON. */
type SettingKey = keyof AppSettingsInput;

export const SETTINGS_SELECT = [
  'Id',
  'Title',
  'Value',
  'owshiddenversion',
  'HasUniqueRoleAssignments',
] as const;

/**
 * The webhook URL's `sig=` is the credential that posts to the channel: its item has permissions
 * of its own, the coordinators' alone, so SharePoint shows it to no one else.
 */
const SECRET_KEYS: readonly SettingKey[] = ['channelWebhookUrl'];

export interface SettingItem {
  Id: number;
  Title: string;
  Value: string | null;
  owshiddenversion: number;
  HasUniqueRoleAssignments?: boolean;
}

function parseValue(value: string | null): unknown {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

/** The version of the settings: each item's own, by key. */
function versionOf(items: readonly SettingItem[]): string {
  return JSON.stringify(
    Object.fromEntries(
      [...items]
        .sort((a, b) => a.Title.localeCompare(b.Title))
        .map((item) => [item.Title, item.owshiddenversion]),
    ),
  );
}

function parseVersion(version: string): Record<string, number> {
  const parsed = parseValue(version);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
}

/** Each stored value that fits is used; one that does not falls back to its default alone. */
export function settingsFrom(items: readonly SettingItem[]): AppSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_APP_SETTINGS };
  for (const item of items) {
    if (!(item.Title in DEFAULT_APP_SETTINGS)) continue;
    const value = parseValue(item.Value);
    if (value === undefined) continue;
    const candidate = { ...settings, [item.Title]: value };
    if (appSettingsInputSchema.safeParse(candidate).success) settings[item.Title] = value;
  }
  return { ...(settings as AppSettingsInput), version: versionOf(items) };
}

/** Only the coordinators' group keeps a role on a secret setting's item. */
async function secure(sp: SPFI, item: IItem, hasOwnPermissions: boolean | undefined) {
  await import('@pnp/sp/security');
  await import('@pnp/sp/site-groups/web');
  if (!hasOwnPermissions) await item.breakRoleInheritance(true, false);
  const name = SITE_GROUPS.coordinators.replace(/'/g, "''");
  const { Id: coordinators } = (await sp.web.siteGroups.getByName(name).select('Id')()) as {
    Id: number;
  };
  await ensureAssignments(
    item,
    'MvoiSettings',
    [[coordinators, ROLE_DEFINITIONS.fullControl]],
    (principal) => principal !== coordinators,
    [],
  );
}

/**
 * Gives each stored secret setting permissions of its own, the coordinators' alone (an item
 * written before, or in SharePoint's own list view). Provisioning runs it; returns what changed.
 */
export async function secureSecretSettings(sp: SPFI, siteUrl: string): Promise<string[]> {
  const items = (await siteList(sp, siteUrl, 'MvoiSettings')
    .items.select(...SETTINGS_SELECT)
    .top(5000)()) as SettingItem[];
  const changes: string[] = [];
  for (const item of items) {
    if (!SECRET_KEYS.includes(item.Title as SettingKey) || item.HasUniqueRoleAssignments) continue;
    await secure(sp, siteList(sp, siteUrl, 'MvoiSettings').items.getById(item.Id), false);
    changes.push(`MvoiSettings.${item.Title}: coordinators only`);
  }
  return changes;
}

export function createSettingsRepository(sp: SPFI, siteUrl: string): SettingsRepository {
  const list = (on: SPFI = sp) => siteList(on, siteUrl, 'MvoiSettings');
  const readStored = async () =>
    (await list()
      .items.select(...SETTINGS_SELECT)
      .top(5000)()) as SettingItem[];

  return {
    get: () => guarded(async () => settingsFrom(await readStored())),
    update: (settings, version) =>
      guarded(async () => {
        const valid = validateCommand(appSettingsInputSchema, settings);
        const expected = parseVersion(version);
        const stored = new Map((await readStored()).map((item) => [item.Title, item]));
        const values = { ...DEFAULT_APP_SETTINGS, ...valid } as Record<SettingKey, unknown>;

        // A secret's item is made the coordinators' own before the secret is written into it.
        for (const key of SECRET_KEYS) {
          const existing = stored.get(key);
          if (existing?.HasUniqueRoleAssignments) continue;
          if (existing === undefined && values[key] === undefined) continue;
          const id =
            existing?.Id ??
            ((await list().items.add({ Title: key, Value: '' })) as { Id: number }).Id;
          await secure(sp, list().items.getById(id), existing?.HasUniqueRoleAssignments);
          if (!existing) {
            stored.set(key, { Id: id, Title: key, Value: '', owshiddenversion: 1 });
            expected[key] = 1;
          }
        }

        const [batch, execute] = sp.batched();
        const writes: Promise<unknown>[] = [];
        for (const [key, value] of Object.entries(values) as [SettingKey, unknown][]) {
          const Value = value === undefined ? '' : JSON.stringify(value);
          const existing = stored.get(key);
          if (existing && (existing.Value ?? '') === Value) continue;
          const items = list(batch).items;
          if (!existing) {
            writes.push(items.add({ Title: key, Value }));
            continue;
          }
          const readVersion = expected[key];
          if (readVersion === undefined) {
            writes.push(Promise.reject(new DataError('conflict', `${key} was added since`)));
            continue;
          }
          writes.push(items.getById(existing.Id).update({ Value }, `"${readVersion}"`));
        }
        // Watched before the batch is sent: a refusal is never an unhandled rejection meanwhile.
        const settled = Promise.allSettled(writes);
        await execute();
        const outcomes = await settled;
        const failures = await Promise.all(
          outcomes.flatMap((outcome) =>
            outcome.status === 'rejected' ? [toDataError(outcome.reason)] : [],
          ),
        );
        const current = settingsFrom(await readStored());
        const conflict = failures.find((failure) => failure.kind === 'conflict');
        if (conflict) throw new DataError('conflict', conflict.detail, { current });
        if (failures[0]) throw failures[0];
        return current;
      }),
  };
}
