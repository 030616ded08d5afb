import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLEAGUES_GROUP, COORDINATORS_GROUP, THEME_OWNERS_GROUP } from './local-users';
import type { TestSite } from './testing/test-site';
import {
  CIRCULAIR_OWNER,
  COLLEAGUE,
  COORDINATOR,
  KLIMAAT_OWNER,
  startTestSite,
  statusOf,
} from './testing/test-site';

const CONTRIBUTE = 1073741827;
const READ = 1073741826;

let site: TestSite;
let coordinator: SPFI;
let klimaat: SPFI;
let circulair: SPFI;
let colleague: SPFI;

/** PnPjs does not double quotes in getByName: callers must ("MVOI Collega's" contains one). */
function quoted(name: string): string {
  return name.replace(/'/g, "''");
}

async function groupId(name: string): Promise<number> {
  return (await coordinator.web.siteGroups.getByName(quoted(name))()).Id;
}

beforeAll(async () => {
  site = await startTestSite();
  coordinator = await site.sp(COORDINATOR);
  klimaat = await site.sp(KLIMAAT_OWNER);
  circulair = await site.sp(CIRCULAIR_OWNER);
  colleague = await site.sp(COLLEAGUE);
});

afterAll(() => site.close());

describe('authentication', () => {
  it('answers 401 in SharePoint’s shape without a valid bearer token', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: 'Bearer nonsense' },
      { Authorization: 'Basic abc' },
    ];
    for (const headers of attempts) {
      const response = await site.api('web', { login: null, headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await response.json()) as { 'odata.error': { code: string } };
      expect(body['odata.error'].code).toBe('-2147024891, System.UnauthorizedAccessException');
    }
  });

  it('lists the local users and issues tokens only for them', async () => {
    const users = (await (await fetch(`${site.server.origin}/_local/users`)).json()) as {
      login: string;
      role: string;
      themeKey?: string;
    }[];
    expect(users.filter((u) => u.role === 'coordinator')).toHaveLength(1);
    expect(users.filter((u) => u.role === 'theme-owner').map((u) => u.themeKey)).toEqual([
      'klimaat',
      'circulair',
      'milieu-biodiversiteit',
      'ketenverantwoordelijkheid',
      'diversiteit-inclusie',
      'social-return',
    ]);
    expect(users.filter((u) => u.role === 'colleague').length).toBeGreaterThanOrEqual(3);
    const unknown = await fetch(`${site.server.origin}/_local/token`, {
      method: 'POST',
      body: JSON.stringify({ login: 'nobody@mvoi.local' }),
    });
    expect(unknown.status).toBe(404);
    const malformed = await fetch(`${site.server.origin}/_local/token`, {
      method: 'POST',
      body: '{',
    });
    expect(malformed.status).toBe(400);
  });
});

describe('users, groups and roles', () => {
  it('knows the caller, its groups and the site groups', async () => {
    const me = await klimaat.web.currentUser
      .expand('Groups')
      .select('Title', 'LoginName', 'Groups/Title')();
    expect(me).toMatchObject({
      LoginName: `i:0#.f|membership|${KLIMAAT_OWNER}`,
      Groups: [{ Title: THEME_OWNERS_GROUP }],
    });
    const groups = await colleague.web.siteGroups.select('Title')();
    expect(groups.map((g) => g.Title)).toEqual([
      COORDINATORS_GROUP,
      THEME_OWNERS_GROUP,
      COLLEAGUES_GROUP,
    ]);
    const owners = await colleague.web.siteGroups.getByName(THEME_OWNERS_GROUP).users();
    expect(owners).toHaveLength(6);
    expect(await statusOf(colleague.web.siteGroups.getByName(COLLEAGUES_GROUP)())).toBe(400);
    expect((await colleague.web.siteGroups.getByName(quoted(COLLEAGUES_GROUP))()).Title).toBe(
      COLLEAGUES_GROUP,
    );
    const ensured = await colleague.web.ensureUser(CIRCULAIR_OWNER);
    expect(ensured.Email).toBe(CIRCULAIR_OWNER);
    expect((await colleague.web.getUserById(ensured.Id)()).Title).toBe(ensured.Title);
    expect(await statusOf(colleague.web.ensureUser('i:0#.f|membership|nobody@mvoi.local'))).toBe(
      404,
    );
    expect((await colleague.web.roleDefinitions.getByType(5)()).Id).toBe(1073741829);
    expect((await colleague.web.roleDefinitions.getByName('Read')()).Id).toBe(READ);
  });

  it('shows web role assignments with members and bindings', async () => {
    const assignments = (await coordinator.web.roleAssignments.expand(
      'Member',
      'RoleDefinitionBindings',
    )()) as unknown as { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[];
    const summary = assignments.map(
      (a) => `${a.Member.Title}=${a.RoleDefinitionBindings.map((r) => r.Name).join()}`,
    );
    expect(summary).toEqual([
      `${COORDINATORS_GROUP}=Full Control`,
      `${THEME_OWNERS_GROUP}=Read`,
      `${COLLEAGUES_GROUP}=Read`,
    ]);
    expect(await coordinator.web.currentUserHasPermissions(PermissionKind.ManagePermissions)).toBe(
      true,
    );
    expect(await colleague.web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await colleague.web.currentUserHasPermissions(PermissionKind.AddListItems)).toBe(false);
  });

  it('lets only permission managers create groups and change membership', async () => {
    expect(await statusOf(colleague.web.siteGroups.add({ Title: 'Stiekem' }))).toBe(403);
    const group = await coordinator.web.siteGroups.add({
      Title: 'MVOI Pilotteam',
      Description: 'Pilots',
    });
    await coordinator.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${COLLEAGUE}`);
    expect(
      (await coordinator.web.siteGroups.getById(group.Id).users()).map(
        (u: { Email: string }) => u.Email,
      ),
    ).toEqual([COLLEAGUE]);
    expect(
      await statusOf(colleague.web.siteGroups.getById(group.Id).users.add(CIRCULAIR_OWNER)),
    ).toBe(403);
  });
});

describe('list permissions', () => {
  it('answers 403 and changes nothing when a colleague writes to a coordinators-only list', async () => {
    const { Id } = await coordinator.web.lists.add('Coördinatie');
    const list = coordinator.web.lists.getById(Id);
    await list.breakRoleInheritance(true, true);
    await list.roleAssignments.add(await groupId(THEME_OWNERS_GROUP), CONTRIBUTE);
    const item = await list.items.add({ Title: 'Origineel' });
    const asColleague = colleague.web.lists.getById(Id);
    expect(await statusOf(asColleague.items.add({ Title: 'Nieuw' }))).toBe(403);
    expect(await statusOf(asColleague.items.getById(item.Id).update({ Title: 'Gewijzigd' }))).toBe(
      403,
    );
    expect(await statusOf(asColleague.items.getById(item.Id).delete())).toBe(403);
    expect(await statusOf(asColleague.fields.addText('Extra'))).toBe(403);
    expect(
      await statusOf(asColleague.roleAssignments.add(await groupId(COLLEAGUES_GROUP), CONTRIBUTE)),
    ).toBe(403);
    expect(await statusOf(klimaat.web.lists.getById(Id).items.add({ Title: 'Van eigenaar' }))).toBe(
      200,
    );
    const titles = (await list.items.select('Title')()).map((i) => i.Title);
    expect(titles).toEqual(['Origineel', 'Van eigenaar']);
    const response = await site.api(`web/lists('${Id}')/items`, {
      login: COLLEAGUE,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: 'x' }),
    });
    expect(await response.json()).toEqual({
      'odata.error': {
        code: '-2147024891, System.UnauthorizedAccessException',
        message: {
          lang: 'en-US',
          value:
            'Access denied. You do not have permission to perform this action or access this resource.',
        },
      },
    });
  });

  it('lets users edit only their own items on a WriteSecurity=2 list, unless they have Design or Full Control', async () => {
    const { Id } = await coordinator.web.lists.add('Voortgang', '', 100, false, {
      WriteSecurity: 2,
    });
    const list = coordinator.web.lists.getById(Id);
    await list.breakRoleInheritance(true);
    await list.roleAssignments.add(await groupId(THEME_OWNERS_GROUP), CONTRIBUTE);
    const mine = await klimaat.web.lists.getById(Id).items.add({ Title: 'Klimaat meldt' });
    const other = circulair.web.lists.getById(Id).items.getById(mine.Id);
    expect(await statusOf(other.update({ Title: 'Overgenomen' }))).toBe(403);
    expect(await statusOf(other.delete())).toBe(403);
    expect(await statusOf(other.recycle())).toBe(403);
    expect((await list.items.getById(mine.Id)()).Title).toBe('Klimaat meldt');
    expect(
      await statusOf(
        klimaat.web.lists
          .getById(Id)
          .items.getById(mine.Id)
          .update({ Title: 'Klimaat meldt meer' }),
      ),
    ).toBe(200);
    expect(
      await statusOf(list.items.getById(mine.Id).update({ Title: 'Coördinator corrigeert' })),
    ).toBe(200);
    expect(await list.select('WriteSecurity', 'HasUniqueRoleAssignments')()).toMatchObject({
      WriteSecurity: 2,
      HasUniqueRoleAssignments: true,
    });
  });

  it('hides other people’s items on a ReadSecurity=2 list, except from Full Control', async () => {
    const { Id } = await coordinator.web.lists.add('Privé', '', 100, false, {
      ReadSecurity: 2,
      WriteSecurity: 2,
    });
    const list = coordinator.web.lists.getById(Id);
    await list.breakRoleInheritance(true);
    await list.roleAssignments.add(await groupId(COLLEAGUES_GROUP), CONTRIBUTE);
    const lotte = await colleague.web.lists.getById(Id).items.add({ Title: 'Van Lotte' });
    const bram = (await site.sp('bram.janssen@mvoi.local')).web.lists.getById(Id).items;
    await bram.add({ Title: 'Van Bram' });
    expect((await bram.select('Title')()).map((i) => i.Title)).toEqual(['Van Bram']);
    expect(await statusOf(bram.getById(lotte.Id)())).toBe(404);
    expect((await list.items.select('Title')()).map((i) => i.Title)).toEqual([
      'Van Lotte',
      'Van Bram',
    ]);
  });

  it('refuses role changes on an inheriting list and restores inheritance on reset', async () => {
    const { Id } = await coordinator.web.lists.add('Geheim');
    const list = coordinator.web.lists.getById(Id);
    expect(
      await statusOf(list.roleAssignments.add(await groupId(COLLEAGUES_GROUP), CONTRIBUTE)),
    ).toBe(400);
    await list.breakRoleInheritance(false);
    expect(await statusOf(colleague.web.lists.getById(Id)())).toBe(403);
    const visible = (await colleague.web.lists.select('Title')()).map((l) => l.Title);
    expect(visible).not.toContain('Geheim');
    await list.resetRoleInheritance();
    expect(await statusOf(colleague.web.lists.getById(Id)())).toBe(200);
  });
});
