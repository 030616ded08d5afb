import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/seeded-random';
import type { TestSite } from '../testing/test-site';
import { startTestSite } from '../testing/test-site';

let site: TestSite;
let listId: string;

beforeAll(async () => {
  site = await startTestSite();
  const sp = await site.sp();
  listId = (await sp.web.lists.add('P')).Id;
  const fields = sp.web.lists.getById(listId).fields;
  await fields.addNumber('N');
  await fields.addLookup('L', { LookupListId: listId, LookupFieldName: 'Title' });
  await sp.web.lists.getById(listId).items.add({ Title: 'x', N: 1 });
});

afterAll(() => site.close());

describe('REST fuzzing', () => {
  it('answers random paths, verbs, ETags and bodies without a 5xx', async () => {
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const segments = [
      'web',
      'lists',
      `lists('${listId}')`,
      `lists(guid'${listId}')`,
      "getByTitle('P')",
      "getbytitle('P''')",
      'items',
      'items(1)',
      'items(0)',
      'items(x)',
      'getById(1)',
      'fields',
      "getByInternalNameOrTitle('N')",
      "getByInternalNameOrTitle('L')",
      'AddField',
      'sitegroups',
      'getById(3)',
      'sitegroups(2)',
      'users',
      'siteusers',
      'currentuser',
      'groups',
      'roledefinitions',
      'getByType(5)',
      'roleassignments',
      'addroleassignment(principalid=2,roledefid=1073741826)',
      'removeroleassignment(principalid=2,roledefid=1073741826)',
      'breakroleinheritance(copyroleassignments=true,clearsubscopes=true)',
      'resetroleinheritance',
      'effectivebasepermissions',
      'recycle',
      'rootfolder',
      "getList('/sites/mvoi/Lists/P')",
      'ensureuser',
      'contextinfo',
      '%ZZ',
      '(',
      "'",
      '..',
      '',
      '$batch',
      'site',
      'rootweb',
    ];
    const bodies = [
      '',
      '{',
      '[]',
      'null',
      '{"Title":5}',
      '{"Title":"t","N":"x"}',
      '{"Title":"t2"}',
      '{"LoginName":"coordinator@mvoi.local"}',
      '{"logonName":5}',
      '{"parameters":{"Title":"Q","FieldTypeKind":7,"LookupListId":"nope"}}',
      '{"parameters":5}',
      '{"__metadata":{"type":"SP.FieldText"},"Title":"F","FieldTypeKind":2}',
      '{"__metadata":{"type":5},"Title":"F"}',
      '{"Title":"G","FieldTypeKind":99}',
      '{"Indexed":"yes"}',
      '{"LId":[1]}',
      '{"LId":{"results":[1,"a"]}}',
      '{"AllowMultipleValues":true}',
      '{"Title":"New list"}',
      '{"WriteSecurity":3}',
    ];
    const verbs = ['GET', 'POST', 'MERGE', 'DELETE', 'PATCH', 'PUT'];
    const failures: string[] = [];
    for (let i = 0; i < 400; i++) {
      const path = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(segments)).join(
        '/',
      );
      const verb = pick(verbs);
      const init: RequestInit =
        verb === 'GET'
          ? {}
          : {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                ...(verb === 'POST' ? {} : { 'X-HTTP-Method': verb }),
                'IF-Match': pick(['*', '"1"', 'garbage']),
              },
              body: pick(bodies),
            };
      const response = await site.api(path, init);
      const text = await response.text();
      if (response.status >= 500) failures.push(`${verb} ${path} → ${response.status} ${text}`);
    }
    expect(failures).toEqual([]);
  });
});
