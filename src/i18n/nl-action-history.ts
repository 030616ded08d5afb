/** An action's history in its dialog; `en-action-history.ts` has the same keys. */
export const nlActionHistory = {
  heading: 'Geschiedenis',
  loading: 'Geschiedenis laden…',
  empty: 'Er is nog geen geschiedenis van deze actie bewaard.',
  created: 'Aangemaakt',
  timing: 'Planning verplaatst van {{from}} naar {{to}}',
  planYear: 'Planjaar gewijzigd van {{from}} naar {{to}}',
  status: 'Status gewijzigd van {{from}} naar {{to}}',
  owner: 'Eigenaar gewijzigd van {{from}} naar {{to}}',
  carried: 'Verplaatst van {{from}} naar {{to}} (doorgeschoven naar planjaar {{toYear}})',
  closedCarried: 'Doorgeschoven naar een volgend planjaar',
  closedStopped: 'Gestopt: {{reason}}',
  nobody: 'niemand',
  noTiming: 'geen planning',
  noYear: 'geen',
  by: '{{name}}, {{date}}',
  unknownPerson: 'Onbekend',
};
