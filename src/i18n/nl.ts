/** Dutch is the default language; `en.ts` must have the same keys (the type checks it). */
export const nl = {
  app: {
    title: 'MVOI Actieplan',
    subtitle: 'Maatschappelijk Verantwoord Opdrachtgeven en Inkopen · gemeente Maastricht',
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    skipToContent: 'Naar de inhoud',
  },
  nav: {
    themes: 'Thema’s',
    pilots: 'Pilots',
    practices: 'Goede voorbeelden',
    deadlines: 'Deadlines',
  },
  ladder: {
    name: 'Ambitieladder',
    step: 'Stap {{level}}',
    level1: 'Afweging',
    level2: 'Pilots',
    level3: 'Verbreding',
    level4: 'Borging',
    level5: 'Stap 5',
    position: 'Nulmeting: stap {{baseline}} ({{baselineLabel}}). Ambitie: stap {{target}} ({{targetLabel}}).',
    baseline: 'Nulmeting',
    target: 'Ambitie',
    reached: 'bereikt',
  },
  organisation: {
    heading: 'Ambitie van de organisatie',
    summary:
      'De gemeente start organisatiebreed op stap {{current}} ({{currentLabel}}). Doel: eind {{year}} staat elk thema minimaal op stap {{target}} ({{targetLabel}}).',
  },
  themes: {
    heading: 'Thema’s',
    owner: 'Eigenaar',
    noOwner: 'Nog geen eigenaar',
    goals_one: '{{count}} doel',
    goals_other: '{{count}} doelen',
    actions_one: '{{count}} actie',
    actions_other: '{{count}} acties',
    focus: 'Focus',
    longTerm: 'Lange termijn',
    empty: 'Er zijn nog geen thema’s. Vraag de coördinator het actieplan in te laden.',
  },
  status: {
    'not-started': 'Niet gestart',
    'in-progress': 'Bezig',
    done: 'Gereed',
    blocked: 'Geblokkeerd',
  },
  pilotStatus: {
    planned: 'Gepland',
    running: 'Lopend',
    completed: 'Afgerond',
  },
  errors: {
    'not-found': 'Dit item bestaat niet (meer).',
    forbidden: 'U hebt geen rechten om dit te doen.',
    conflict: 'Iemand anders heeft dit intussen gewijzigd.',
    throttled: 'SharePoint is even druk. Probeer het zo opnieuw.',
    invalid: 'De gegevens zijn niet geldig.',
    unauthorized: 'U bent niet (meer) aangemeld.',
    network: 'Geen verbinding met SharePoint. Controleer uw netwerk en probeer het opnieuw.',
    unknown: 'Er ging iets mis.',
    loadFailed: 'Het laden is mislukt.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
