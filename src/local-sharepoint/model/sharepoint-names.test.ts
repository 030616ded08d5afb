import { describe, expect, it } from 'vitest';
import {
  entityPropertyName,
  internalNameFromTitle,
  listItemEntityTypeFullName,
  listUrlNameFromTitle,
  uniqueName,
} from './sharepoint-names';

describe('names SharePoint derives from titles', () => {
  it('escapes field titles as _xHHHH_ and cuts them at 32 characters', () => {
    expect(internalNameFromTitle('DueDate')).toBe('DueDate');
    expect(internalNameFromTitle('Due Date')).toBe('Due_x0020_Date');
    expect(internalNameFromTitle('Coördinator')).toBe('Co_x00f6_rdinator');
    expect(internalNameFromTitle('Thema-eigenaar')).toBe('Thema_x002d_eigenaar');
    expect(internalNameFromTitle('2e kwartaal')).toBe('_x0032_e_x0020_kwartaal');
    expect(internalNameFromTitle('Projectomschrijving voor de gemeente')).toBe(
      'Projectomschrijving_x0020_voor_x',
    );
    expect(internalNameFromTitle('Projectomschrijving voor de gemeente')).toHaveLength(32);
  });

  it('prefixes names that start with an underscore in REST', () => {
    expect(entityPropertyName('_x0032_e')).toBe('OData__x0032_e');
    expect(entityPropertyName('Title')).toBe('Title');
  });

  it('adds a numeric suffix to a taken name', () => {
    expect(uniqueName('Status', ['status'])).toBe('Status0');
    expect(uniqueName('Status', ['Status', 'Status0'])).toBe('Status1');
    expect(uniqueName('Free', ['Status'])).toBe('Free');
  });

  it('derives the list URL and entity type from the title', () => {
    expect(listUrlNameFromTitle("MVOI Thema's")).toBe('MVOIThemas');
    expect(listItemEntityTypeFullName('MVOIThemas')).toBe('SP.Data.MVOIThemasListItem');
  });
});
