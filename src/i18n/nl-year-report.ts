/** The year report's strings (page, Word, Excel); `en-year-report.ts` has the same keys. */
export const nlYearReport = {
  page: {
    year: 'Jaar',
    intro:
      'De rapportage wordt gemaakt uit de gegevens van de app: vastgestelde ambitiemetingen, acties, pilots en goede voorbeelden van het gekozen jaar.',
    downloads: 'Downloaden',
    word: 'Download Word',
    excel: 'Download Excel',
    print: 'Afdrukken',
    preparing: 'Bestand wordt gemaakt…',
    ready: '{{file}} is gedownload.',
    wordFailed: 'Het Word-bestand kon niet worden gemaakt. Probeer het opnieuw.',
    excelFailed: 'Het Excel-bestand kon niet worden gemaakt. Probeer het opnieuw.',
    noThemes: 'Er zijn nog geen thema’s. Vraag de coördinator het actieplan in te laden.',
    contents: 'Inhoud',
  },
  title: 'Voortgangsrapportage MVOI {{year}}',
  subtitle: 'Actieplan MVOI gemeente Maastricht 2025–2028 · gemaakt op {{date}}',
  fileStem: 'mvoi-voortgangsrapportage-{{year}}',
  sections: {
    summary: 'Samenvatting',
    introduction: 'Inleiding en leeswijzer',
    theme: 'Thema {{name}}',
    organisation: 'Organisatiebrede acties',
    conclusions: 'Conclusies en voorstel voor de actualisatie',
    unknowns: 'Wat deze rapportage niet kan weten',
  },
  sheets: {
    summary: 'Samenvatting',
    introduction: 'Inleiding',
    organisation: 'Organisatiebreed',
    conclusions: 'Conclusies',
    unknowns: 'Beperkingen',
  },
  summary: {
    assessed:
      'Van de {{total}} thema’s zijn er in {{year}} {{assessed}} beoordeeld en vastgesteld.',
    statuses:
      'Op koers: {{onTrack}}. Aandacht nodig: {{atRisk}}. Achter: {{behind}}. Niet te bepalen: {{undetermined}}.',
    atTarget_one: '{{count}} thema staat op of boven zijn ambitie.',
    atTarget_other: '{{count}} thema’s staan op of boven hun ambitie.',
    actions:
      'Acties van {{year}}: {{done}} gereed, {{inProgress}} in uitvoering, {{late}} te laat, {{moved}} verschoven naar een later jaar, {{stopped}} gestopt.',
    pilotsAndPractices:
      'Pilots in {{year}}: {{pilots}}. Gedeelde goede voorbeelden: {{practices}}.',
    tableCaption: 'Stand per thema in {{year}}',
    columns: {
      theme: 'Thema',
      baseline: 'Nulmeting',
      previous: 'Vorig jaar',
      current: 'Dit jaar',
      target: 'Ambitie',
      status: 'Status',
    },
  },
  introduction: {
    manifest:
      'Met het ondertekenen van het Manifest MVOI heeft de gemeente Maastricht toegezegd een actieplan MVOI op te stellen, de voortgang te monitoren en daarover jaarlijks te rapporteren.',
    plan: 'Het actieplan loopt van 2025 tot en met 2028 en wordt elk jaar bijgesteld volgens de PDCA-cyclus (Plan, Do, Check, Act). Organisatiebreed start de gemeente op stap {{current}} ({{currentLabel}}); doel is dat eind {{targetYear}} elk thema minimaal op stap {{target}} ({{targetLabel}}) staat.',
    reading:
      'Per thema leest u de ambitie (nulmeting en doel), de stap op de ambitieladder van vorig jaar naar dit jaar met toelichting en status, de acties (gereed, in uitvoering, te laat en verschoven), de pilots, de gedeelde goede voorbeelden en wat het thema anders gaat doen. Daarna volgen de organisatiebrede acties, de conclusies en wat deze rapportage niet kan weten.',
    asOf: 'Peildatum van de acties: {{date}}.',
    legendHeading: 'Statuskleuren',
    ladderCaption: 'De ambitieladder',
    ladderColumns: { step: 'Stap', label: 'Naam' },
  },
  status: {
    'on-track': 'Op koers (groen)',
    'at-risk': 'Aandacht nodig (oranje)',
    behind: 'Achter (rood)',
    undetermined: 'Niet te bepalen (grijs)',
  },
  colour: {
    'on-track': 'groen',
    'at-risk': 'oranje',
    behind: 'rood',
    undetermined: 'grijs',
  },
  statusMeaning: {
    'on-track': 'leidt waarschijnlijk tot het halen van de ambitie',
    'at-risk': 'met extra inzet is de ambitie nog haalbaar',
    behind: 'de ambitie vraagt een fundamentele herziening',
    undetermined: 'nog niet te bepalen, of niet vastgesteld',
  },
  step: '{{level}} {{label}}',
  noStep: 'onbekend',
  theme: {
    owner: 'Eigenaar: {{name}}.',
    noOwner: 'Nog geen eigenaar.',
    ambitionHeading: 'Ambitie',
    ambition:
      'Nulmeting: stap {{baseline}} ({{baselineLabel}}). Ambitie: stap {{target}} ({{targetLabel}}) in {{targetYear}}.',
    ladderHeading: 'Positie op de ladder',
    ladderCaption: 'Ambitieladder {{name}}',
    ladderColumns: { step: 'Stap', label: 'Naam', position: 'Positie' },
    markers: {
      baseline: 'nulmeting',
      previous: '{{year}}',
      current: '{{year}} (vastgesteld)',
      target: 'ambitie {{year}}',
    },
    moved:
      'Van stap {{from}} ({{fromLabel}}) in {{fromYear}} naar stap {{to}} ({{toLabel}}) in {{toYear}}.',
    fromBaseline:
      'Van de nulmeting, stap {{from}} ({{fromLabel}}), naar stap {{to}} ({{toLabel}}) in {{toYear}}.',
    noPrevious:
      'Stap {{to}} ({{toLabel}}) in {{toYear}}; de stap van {{previousYear}} is niet vastgesteld.',
    notAssessed: 'De beoordeling van {{year}} is nog niet vastgesteld.',
    change_zero: 'Gelijk gebleven.',
    change_one: '{{count}} stap hoger.',
    change_other: '{{count}} stappen hoger.',
    down_one: '{{count}} stap lager.',
    down_other: '{{count}} stappen lager.',
    assessmentCaption: 'Beoordeling {{name}} {{year}}',
    assessmentColumns: { part: 'Onderdeel', value: 'Beoordeling' },
    rows: {
      step: 'Stap',
      status: 'Status',
      explanation: 'Toelichting',
      evidence: 'Onderbouwing',
      confirmed: 'Vastgesteld',
      toGo: 'Nog te gaan',
    },
    confirmedBy: '{{name}} op {{date}} (versie {{revision}})',
    confirmedOn: 'Op {{date}} (versie {{revision}})',
    noEvidence: 'Geen bronnen genoemd.',
    noExplanation: 'Geen toelichting.',
    toGo: '{{steps}} tot de ambitie, nog {{years}} tot en met {{targetYear}}.',
    toGoReached: 'De ambitie is bereikt.',
    toGoUnknown: 'Onbekend: geen vastgestelde stap.',
    steps_one: '{{count}} stap',
    steps_other: '{{count}} stappen',
    years_one: '{{count}} jaar',
    years_other: '{{count}} jaar',
    actionsHeading: 'Wat hebben we gedaan',
    pilotsHeading: 'Pilots',
    pilotsCaption: 'Pilots {{name}} {{year}}',
    pilotColumns: { pilot: 'Pilot', status: 'Status' },
    noPilots: 'Geen pilots in {{year}}.',
    practicesHeading: 'Gedeelde goede voorbeelden',
    practices_zero: 'In {{year}} is geen goed voorbeeld gedeeld.',
    practices_one: 'In {{year}} is {{count}} goed voorbeeld gedeeld:',
    practices_other: 'In {{year}} zijn {{count}} goede voorbeelden gedeeld:',
    actHeading: 'Wat gaan we anders doen (Act)',
    noAct: 'Nog niet beschreven.',
  },
  actions: {
    groups: {
      done: 'Gereed',
      'in-progress': 'In uitvoering',
      late: 'Te laat',
      moved: 'Verschoven naar een later jaar',
      stopped: 'Gestopt',
    },
    caption: '{{group}} ({{count}})',
    captionOf: '{{group}}: {{name}} ({{count}})',
    none: '{{group}}: geen.',
    columns: {
      action: 'Actie',
      goal: 'Doel',
      timing: 'Planning',
      status: 'Status',
      responsible: 'Verantwoordelijk',
      movedTo: 'Nu gepland in',
      reason: 'Reden',
    },
    noGoal: '–',
    nobody: 'Niemand',
  },
  organisation: {
    intro:
      'Acties die bij geen thema horen, zoals het bijwerken van het inkoop- en aanbestedingsbeleid en de communicatie over MVOI.',
    name: 'organisatiebreed',
  },
  conclusions: {
    'on-track': 'Op koers: {{themes}}.',
    attention: 'Aandacht nodig of achter: {{themes}}.',
    attentionTheme: '{{name}} ({{status}})',
    'target-reached': 'Ambitie bereikt: {{themes}}.',
    'not-assessed': 'Nog niet vastgesteld: {{themes}}.',
    late_one: '{{count}} actie van dit jaar is te laat.',
    late_other: '{{count}} acties van dit jaar zijn te laat.',
    moved_one: '{{count}} actie is verschoven naar een later jaar.',
    moved_other: '{{count}} acties zijn verschoven naar een later jaar.',
    stopped_one: '{{count}} actie is gestopt.',
    stopped_other: '{{count}} acties zijn gestopt.',
    act: 'Verbeteringen beschreven (Act) door: {{themes}}. Zij vormen de basis voor de jaarlijkse actualisatie van het actieplan.',
    none: 'Er is nog te weinig vastgesteld om conclusies te trekken.',
    proposal:
      'Voorstel: stel het actieplan voor het volgende jaar bij met de verbeteringen per thema, neem de verschoven en te late acties opnieuw op en stel de ontbrekende beoordelingen vast.',
  },
  unknowns: {
    intro: 'De app leidt deze rapportage af uit wat zij bewaart. Dit kan zij niet weten:',
    'year-not-started':
      'Het jaar is nog niet begonnen: dit is een vooruitblik, nog geen verantwoording.',
    'year-in-progress':
      'Het jaar loopt nog: de acties zijn beoordeeld op {{date}}, niet op het einde van het jaar.',
    'statuses-now':
      'De status van acties en pilots is die van {{date}}, niet die van het einde van het jaar.',
    'statuses-from-history':
      'De status van de acties is die aan het einde van het jaar, uit de versiegeschiedenis in SharePoint. Planning, doel, eigenaar en de status van pilots staan er zoals ze nu zijn.',
    'statuses-from-history-missing_one':
      'Van {{count}} actie kon de geschiedenis niet worden gelezen; daarvan staat de huidige status er.',
    'statuses-from-history-missing_other':
      'Van {{count}} acties kon de geschiedenis niet worden gelezen; daarvan staat de huidige status er.',
    'not-assessed': 'Zonder vastgestelde beoordeling (status niet te bepalen): {{themes}}.',
    'draft-pending':
      'Er ligt een concept of correctie die nog niet is vastgesteld voor: {{themes}}. Alleen vastgestelde beoordelingen tellen.',
    'no-previous': 'Geen vastgestelde stap in {{year}} voor: {{themes}}.',
    'moved-derived':
      'Als verschoven telt een actie die bij de jaarlijkse actualisatie is doorgeschoven, of waarvan de planning inmiddels een later jaar noemt; als gestopt alleen wat de actualisatie zo heeft vastgelegd.',
    'practices-by-date':
      'Goede voorbeelden tellen naar de datum van plaatsing; verwijderde en verborgen voorbeelden tellen niet mee.',
    indicators:
      'Procesindicatoren (aanbestedingen vanaf € 50.000 met MVOI-criteria, het aandeel Social Return vanaf € 100.000), middelen, capaciteit en risico’s neemt deze rapportage (nog) niet op; vul die zelf aan.',
    problems_one: '{{count}} item in SharePoint past niet in het actieplan en is weggelaten.',
    problems_other:
      '{{count}} items in SharePoint passen niet in het actieplan en zijn weggelaten.',
  },
};
