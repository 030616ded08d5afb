/** The page of the organisation-wide actions (`/organisation-actions`). */
export const nlOrganisationActions = {
  heading: 'Organisatiebrede acties',
  intro: 'Deze acties gelden voor de hele organisatie en horen bij geen thema.',
  readOnly: 'U kunt deze acties bekijken. Alleen de coördinator kan ze wijzigen.',
  userFailed: 'Uw gegevens konden niet worden geladen; de acties zijn daarom alleen te bekijken.',
  newAction: 'Nieuwe actie',
  empty: 'Er zijn nog geen organisatiebrede acties.',
  table: 'Organisatiebrede acties',
  columns: {
    title: 'Actie',
    timing: 'Planning',
    deadline: 'Deadline',
    status: 'Status',
    owner: 'Eigenaar',
    change: 'Wijzigen',
  },
  edit: 'Bewerken',
  editLabel: 'Bewerk {{title}}',
  delete: 'Verwijderen',
  deleteLabel: 'Verwijder {{title}}',
  deleteConflict:
    'Iemand anders heeft deze actie intussen gewijzigd of verwijderd. De lijst toont nu wat is opgeslagen; kijk het na en probeer het zo nodig opnieuw.',
};
