import type { SPFI } from '@pnp/sp';
import * as z from 'zod/mini';
import { DEFAULT_LEAD_TIMES } from '../../domain/deadlines';
import type { AppSettings, SettingsRepository } from '../repositories';
import { validateCommand } from '../validate-command';
import { siteList } from './site-lists';
import { guarded } from './to-data-error';

/** Each setting is one item: Title is the key, Value its JSON. */
const settingsSchema = z.object({
  leadTimeDays: z
    .array(z.int().check(z.minimum(0), z.maximum(365)))
    .check(z.minLength(1), z.maxLength(10)),
  channelWebhookUrl: z.optional(z.url({ protocol: /^https?$/ })),
  ladderStep5Label: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
});

const DEFAULTS: AppSettings = {
  leadTimeDays: [...DEFAULT_LEAD_TIMES.days],
  channelWebhookUrl: undefined,
  ladderStep5Label: undefined,
};

interface SettingItem {
  Id: number;
  Title: string;
  Value: string | null;
}

function parseValue(value: string | null): unknown {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

export function createSettingsRepository(sp: SPFI, siteUrl: string): SettingsRepository {
  const list = () => siteList(sp, siteUrl, 'MvoiSettings');
  const readStored = async () =>
    (await list().items.select('Id', 'Title', 'Value')()) as SettingItem[];

  const get = async (): Promise<AppSettings> => {
    const stored = Object.fromEntries(
      (await readStored()).map((item) => [item.Title, parseValue(item.Value)]),
    );
    const merged = {
      ...DEFAULTS,
      ...Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)),
    };
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? { ...DEFAULTS, ...parsed.data } : DEFAULTS;
  };

  return {
    get: () => guarded(get),
    update: (settings) =>
      guarded(async () => {
        const valid = validateCommand(settingsSchema, settings);
        const stored = new Map((await readStored()).map((item) => [item.Title, item]));
        const [batch, execute] = sp.batched();
        const writes = Object.entries({ ...DEFAULTS, ...valid }).map(([key, value]) => {
          const Value = value === undefined ? '' : JSON.stringify(value);
          const existing = stored.get(key);
          const items = siteList(batch, siteUrl, 'MvoiSettings').items;
          return existing
            ? items.getById(existing.Id).update({ Value })
            : items.add({ Title: key, Value });
        });
        await execute();
        await Promise.all(writes);
        return get();
      }),
  };
}
