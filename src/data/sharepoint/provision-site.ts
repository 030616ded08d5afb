import type { SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { IList } from '@pnp/sp/lists';
import {
  LISTS,
  listUrl,
  ROLE_DEFINITIONS,
  SITE_GROUPS,
  type FieldDef,
  type ListAccess,
  type ListDef,
} from './list-schema';
import { ensureAssignments } from './role-assignments';
import { secureSecretSettings } from './settings-repository';
import { syncThemeFolders } from './theme-folders';
import { syncAssessmentFolders } from './assessment-folders';

/** What a provisioning run changed; an empty list means the site already matched the schema. */
export interface ProvisionReport {
  changes: string[];
}

interface FieldInfo {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  AllowMultipleValues?: boolean;
  EnforceUniqueValues?: boolean;
  Required?: boolean;
  Choices?: string[];
}

interface ListInfo {
  Id: string;
  Title: string;
  Description: string;
  HasUniqueRoleAssignments: boolean;
  WriteSecurity: number;
  EnableFolderCreation: boolean;
  EnableVersioning: boolean;
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 404;
}

/** Creates or updates the app's groups, lists, fields, indexes and permissions; safe to run again. */
export async function provisionSite(sp: SPFI, siteUrl: string): Promise<ProvisionReport> {
  const changes: string[] = [];
  const groupIds = await ensureGroups(sp, changes);
  await ensureAssignments(sp.web, 'site', webRoles(groupIds), () => false, changes);
  const listIds = new Map<string, string>();
  for (const def of LISTS) {
    const list = sp.web.getList(listUrl(siteUrl, def.name));
    const info = await ensureList(sp, list, def, changes);
    listIds.set(def.name, info.Id);
    await ensureFields(list, def, listIds, changes);
    await ensureAccess(list, info, def, groupIds, changes);
  }
  // The channel's webhook URL is a credential: readable by coordinators only.
  changes.push(...(await secureSecretSettings(sp, siteUrl)));
  // Themes come with the seed; on a provisioned site this also repairs their folders.
  changes.push(...(await syncThemeFolders(sp, siteUrl)));
  changes.push(...(await syncAssessmentFolders(sp, siteUrl)));
  return { changes };
}

async function ensureGroups(sp: SPFI, changes: string[]) {
  const ids = {} as Record<keyof typeof SITE_GROUPS, number>;
  for (const [role, title] of Object.entries(SITE_GROUPS) as [keyof typeof SITE_GROUPS, string][]) {
    try {
      // PnPjs puts the name in quotes as it is; OData escapes a quote by doubling it.
      const name = title.replace(/'/g, "''");
      ids[role] = ((await sp.web.siteGroups.getByName(name).select('Id')()) as { Id: number }).Id;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      ids[role] = (await sp.web.siteGroups.add({ Title: title })).Id;
      changes.push(`group ${title}: created`);
    }
  }
  return ids;
}

function webRoles(groups: Record<keyof typeof SITE_GROUPS, number>): [number, number][] {
  return [
    [groups.coordinators, ROLE_DEFINITIONS.fullControl],
    [groups.themeOwners, ROLE_DEFINITIONS.read],
    [groups.colleagues, ROLE_DEFINITIONS.read],
  ];
}

function listRoles(
  access: ListAccess,
  groups: Record<keyof typeof SITE_GROUPS, number>,
): [number, number][] {
  if (access === 'coordinators' || access === 'theme-folders') return [];
  const contributors =
    access === 'theme-owners' ? [groups.themeOwners] : [groups.themeOwners, groups.colleagues];
  return contributors.map((group) => [group, ROLE_DEFINITIONS.contribute]);
}

async function ensureList(
  sp: SPFI,
  list: IList,
  def: ListDef,
  changes: string[],
): Promise<ListInfo> {
  const select = [
    'Id',
    'Title',
    'Description',
    'HasUniqueRoleAssignments',
    'WriteSecurity',
    'EnableFolderCreation',
    'EnableVersioning',
  ];
  let info: ListInfo;
  try {
    info = (await list.select(...select)()) as ListInfo;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    // Created under its URL name, then titled: the URL never changes, the title may.
    await sp.web.lists.add(def.name, def.description, 100, false);
    changes.push(`list ${def.name}: created`);
    info = (await list.select(...select)()) as ListInfo;
  }
  if (info.Title !== def.title || info.Description !== def.description) {
    await list.update({ Title: def.title, Description: def.description });
    changes.push(`list ${def.name}: title and description set`);
  }
  if (def.versioning === true && !info.EnableVersioning) {
    await list.update({ EnableVersioning: true });
    changes.push(`list ${def.name}: version history on`);
  }
  return info;
}

async function ensureFields(
  list: IList,
  def: ListDef,
  listIds: Map<string, string>,
  changes: string[],
) {
  // No $select: type-specific properties (AllowMultipleValues on lookups) exist only on the derived types.
  const existing = new Map(
    ((await list.fields()) as FieldInfo[]).map((field) => [field.InternalName, field]),
  );
  for (const field of def.fields) {
    let info = existing.get(field.name);
    if (!info) {
      await addField(list, field, listIds);
      changes.push(`${def.name}.${field.name}: created`);
      info = { InternalName: field.name, Title: field.name, Indexed: false };
    }
    const wanted = wantedProperties(field);
    const differs = Object.entries(wanted).filter(
      ([key, value]) => !sameValue(info[key as keyof FieldInfo], value),
    );
    if (differs.length) {
      await list.fields
        .getByInternalNameOrTitle(field.name)
        .update(Object.fromEntries(differs), fieldType(field));
      changes.push(`${def.name}.${field.name}: ${differs.map(([key]) => key).join(', ')} set`);
    }
  }
}

function wantedProperties(field: FieldDef): Partial<FieldInfo> {
  const wanted: Partial<FieldInfo> = {
    Title: field.title,
    Indexed: 'indexed' in field && field.indexed === true,
  };
  if (field.kind === 'lookup') wanted.AllowMultipleValues = field.multiple === true;
  if (field.kind === 'text') wanted.EnforceUniqueValues = field.unique === true;
  // A renamed choice must reach existing sites too, or SharePoint refuses the new value with a 400.
  if (field.kind === 'choice') wanted.Choices = [...field.choices];
  return wanted;
}

function sameValue(current: FieldInfo[keyof FieldInfo], wanted: FieldInfo[keyof FieldInfo]) {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(current) &&
      current.length === wanted.length &&
      current.every((value, index) => value === wanted[index])
    );
  }
  return current === wanted;
}

function fieldType(field: FieldDef): string {
  const types: Record<FieldDef['kind'], string> = {
    text: 'SP.FieldText',
    note: 'SP.FieldMultiLineText',
    number: 'SP.FieldNumber',
    date: 'SP.FieldDateTime',
    datetime: 'SP.FieldDateTime',
    choice: 'SP.FieldChoice',
    user: 'SP.FieldUser',
    lookup: 'SP.FieldLookup',
  };
  return types[field.kind];
}

/** Fields are created with their internal name as title (so SharePoint derives exactly that name), then titled. */
async function addField(list: IList, field: FieldDef, listIds: Map<string, string>) {
  const required = 'required' in field && field.required === true;
  switch (field.kind) {
    case 'text':
      return list.fields.addText(field.name, {
        MaxLength: field.maxLength ?? 255,
        Required: required,
      });
    case 'note':
      return list.fields.addMultilineText(field.name, {
        RichText: false,
        NumberOfLines: 6,
        Required: required,
      });
    case 'number':
      return list.fields.addNumber(field.name, {
        MinimumValue: field.min,
        MaximumValue: field.max,
        Required: required,
      });
    case 'date':
      return list.fields.addDateTime(field.name, { DisplayFormat: 0 });
    case 'datetime':
      return list.fields.addDateTime(field.name, { DisplayFormat: 1 });
    case 'choice':
      return list.fields.addChoice(field.name, { Choices: [...field.choices], Required: required });
    case 'user':
      return list.fields.addUser(field.name, { SelectionMode: 0 });
    case 'lookup': {
      const lookupListId = listIds.get(field.list);
      if (!lookupListId)
        throw new Error(`${field.list} must be provisioned before ${field.name} looks it up`);
      return list.fields.addLookup(field.name, {
        LookupListId: lookupListId,
        LookupFieldName: 'Title',
      });
    }
  }
}

async function ensureAccess(
  list: IList,
  info: ListInfo,
  def: ListDef,
  groups: Record<keyof typeof SITE_GROUPS, number>,
  changes: string[],
) {
  const roles = listRoles(def.access, groups);
  if (roles.length && !info.HasUniqueRoleAssignments) {
    await list.breakRoleInheritance(true, true);
    changes.push(`${def.name}: own permissions`);
  }
  // A list with permissions of its own loses the app's groups' Contribute where the schema no
  // longer gives it (an older setup); one that inherits from the site is left to the site's.
  const ownPermissions = info.HasUniqueRoleAssignments || roles.length > 0;
  const groupIds = Object.values(groups);
  await ensureAssignments(
    list,
    def.name,
    roles,
    (principal, role) =>
      ownPermissions && role === ROLE_DEFINITIONS.contribute && groupIds.includes(principal),
    changes,
  );
  if (def.access === 'theme-folders' && !info.EnableFolderCreation) {
    await list.update({ EnableFolderCreation: true });
    changes.push(`${def.name}: folders enabled`);
  }
  const writeSecurity = def.access === 'everyone-own-items' ? 2 : 1;
  if (info.WriteSecurity !== writeSecurity) {
    await list.update({ WriteSecurity: writeSecurity });
    changes.push(`${def.name}: ${writeSecurity === 2 ? 'edit only own items' : 'edit all items'}`);
  }
}
