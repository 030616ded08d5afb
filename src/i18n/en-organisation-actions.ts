import type { Widen } from './nl';
import type { nlOrganisationActions } from './nl-organisation-actions';

export const enOrganisationActions: Widen<typeof nlOrganisationActions> = {
  heading: 'Organisation-wide actions',
  intro: 'These actions apply to the whole organisation and belong to no theme.',
  readOnly: 'You can view these actions. Only the coordinator can change them.',
  userFailed: 'Your details could not be loaded, so the actions can only be viewed.',
  newAction: 'New action',
  empty: 'There are no organisation-wide actions yet.',
  table: 'Organisation-wide actions',
  columns: {
    title: 'Action',
    timing: 'Timing',
    deadline: 'Deadline',
    status: 'Status',
    owner: 'Owner',
    change: 'Change',
  },
  edit: 'Edit',
  editLabel: 'Edit {{title}}',
  delete: 'Delete',
  deleteLabel: 'Delete {{title}}',
  deleteConflict:
    'Someone else changed or deleted this action in the meantime. The list now shows what is stored; check it and try again if needed.',
};
