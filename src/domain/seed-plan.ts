import type { SeedAction, SeedPilot, SeedPlan } from './seed-plan-types';
import type { ThemeKey } from './theme';

// The MVOI Actieplan Maastricht 2025–2028 as the municipality writes it. Titles of goals follow the
// plan's "Concrete doelen" column; action titles are the short reading of the plan's action text and
// the description holds the plan's full wording where it says more. Owners are absent: the plan
// names none.

const PILOT_HAAKKRANEN = 'Aanschaf van vrachtwagens met haakkranen';
const PILOT_BINNENSPORT = 'Nieuwbouw en/of renovatie van binnensportaccommodaties';
const PILOT_GWW = 'Schoon en emissieloos bouwen bij grond-, weg- en waterbouw (GWW)';
const PILOT_SCHILDERWERKEN =
  'Schoon en emissieloos werken bij schilderwerken van het gemeentelijk vastgoed';
const PILOT_MOSAE_FORUM = 'Facilitaire herinrichting van kantoor Mosae Forum';

const PILOTS: SeedPilot[] = [
  {
    title: PILOT_HAAKKRANEN,
    themeKeys: ['klimaat'],
    year: 2025,
    status: 'planned',
    description: '',
  },
  {
    title: PILOT_BINNENSPORT,
    themeKeys: ['klimaat', 'circulair', 'milieu-biodiversiteit'],
    year: 2025,
    status: 'planned',
    description: 'De aanbesteding van ontwerp en bouw van een binnensportaccommodatie.',
  },
  {
    title: PILOT_GWW,
    themeKeys: ['klimaat', 'milieu-biodiversiteit'],
    year: 2025,
    status: 'planned',
    description: '',
  },
  {
    title: PILOT_SCHILDERWERKEN,
    themeKeys: ['klimaat'],
    year: 2025,
    status: 'planned',
    description: '',
  },
  {
    title: PILOT_MOSAE_FORUM,
    themeKeys: ['klimaat'],
    year: 2025,
    status: 'planned',
    description:
      'Facilitaire projecten, met als concreet voorbeeld de herinrichting van kantoor Mosae Forum.',
  },
];

function action(
  title: string,
  timing: string,
  description = '',
  pilotTitles: string[] = [],
): SeedAction {
  return { title, description, timing, pilotTitles };
}

export const SEED_PLAN: SeedPlan = {
  // "Concrete acties 2025": the plan's actions are its first year's, the Q4 2024 one included.
  year: 2025,
  themes: [
    {
      key: 'klimaat',
      name: 'Klimaat',
      description:
        'Door klimaatbewust in te kopen voorkomen we uitstoot van CO2 en andere schadelijke ' +
        'broeikasgassen. Zo verlagen we de voetafdruk van onze organisatie en beïnvloeden we de ' +
        'emissies in de waardeketen van de gemeente. Het thema Klimaat is nauw verbonden met de ' +
        'MVOI-thema’s Circulair en Milieu en biodiversiteit.',
      focusAreas: [
        'Energiebesparing: het voorkomen van energieverbruik waar mogelijk en het bevorderen van ' +
          'het gebruik van energiezuinige apparatuur.',
        'Uitstootvrij: het zoveel mogelijk inzetten van voertuigen, machines of werktuigen die ' +
          'geen broeikasgassen, luchtverontreinigende stoffen en deeltjes uitstoten.',
        'CO2-neutraal produceren: het aanmoedigen van leveranciers om aantoonbaar te maken dat ' +
          'broeikasgassen in productieprocessen zijn vermeden of gecompenseerd.',
        'Klimaatadaptatie: het aanbieden van diensten, producten of werken die bijdragen aan een ' +
          'klimaatbestendige stad, zoals waterrobuuste elementen, vergroening en reductie van ' +
          'hittestress.',
      ],
      baselineLevel: 2,
      targetLevel: 4,
      longTermGoals: [
        'Zero Emissie Stadslogistiek vanaf 2025',
        'Klimaatneutrale gemeentelijke organisatie in 2030',
        'Klimaatneutrale stad in 2050 (#MissionZeroMaastricht)',
      ],
      policies: [
        'Maastrichts Energie Akkoord (2016)',
        'Landelijk Klimaatakkoord (2019)',
        'Schone Lucht Akkoord (2020)',
        'Spoorboekje verbeteren luchtkwaliteit en bereikbaarheid (2023)',
        'Transitievisie Warmte (2021)',
        'Regionale Energie Strategie Zuid-Limburg (2021)',
        'Uitvoeringsprogramma Energie- en Warmtetransitie 2023-2026 (2023)',
      ],
      goals: [
        {
          title:
            'Focus op CO2-reductie en koppelkansen m.b.t. Circulariteit en Milieu en biodiversiteit',
          actions: [
            action(
              'Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren',
              '>2025 e.v.',
              'Per jaar benoemen we minimaal vier inkooptrajecten als pilot en voeren we dit uit ' +
                'op afgebakende onderwerpen. In 2025 betreft dit vrachtwagens met haakkranen, ' +
                'binnensportaccommodaties, schilderwerken van gemeentelijk vastgoed en de ' +
                'facilitaire herinrichting van kantoor Mosae Forum.',
              [PILOT_HAAKKRANEN, PILOT_BINNENSPORT, PILOT_SCHILDERWERKEN, PILOT_MOSAE_FORUM],
            ),
          ],
        },
        {
          title:
            'Streven naar volledig groene stroom uit Nederland door CO2-neutrale inkoop van energie',
          actions: [
            action(
              'Input leveren voor de nieuwe Europese aanbesteding ‘Inkoop Energie’, collectief ' +
                'Zuid-Limburg',
              'Start in Q1 2025',
              'In 2025 leveren we input t.b.v. de voorbereiding van de nieuwe Europese ' +
                'aanbesteding ‘Inkoop Energie’, in collectief verband Zuid-Limburg.',
            ),
          ],
        },
        {
          title: 'Zicht op CO2-reductie door ‘meten is weten’ toe te passen',
          actions: [
            action(
              'Monitoren van de vermeden CO2 bij de pilots en bij schoon en emissieloos bouwen in ' +
                'GWW-projecten',
              'Start Q1 2025, rapportage Q4 2025',
              'Bij de pilots en bij de toepassing van ‘schoon en emissieloos bouwen bij grond-, ' +
                'weg- & waterbouw (GWW) projecten’ gaan we starten met het monitoren van de ' +
                'vermeden CO2 van ingekochte producten en diensten.',
              [PILOT_GWW],
            ),
            action(
              'Ervaring opdoen met de Milieukostenindicator (MKI) bij inkoop van elektrische ' +
                'voertuigen en minimaal 1 GWW-project (MKI asfalt)',
              'Start vanaf Q2 2025',
            ),
          ],
        },
        {
          title: 'Procesverbetering aan de hand van de PDCA cyclus',
          actions: [
            action(
              'Resultaten en werkwijze van de pilots periodiek evalueren; best practices actief delen',
              'Doorlopend',
              'De resultaten en werkwijze van de pilots worden periodiek geëvalueerd, waarbij best ' +
                'practices actief worden gedeeld en uitgedragen.',
            ),
            action('Klimaatacties uit het actieplan jaarlijks actualiseren', 'Q4 2025'),
          ],
        },
      ],
    },
    {
      key: 'circulair',
      name: 'Circulair',
      description:
        'Met het actieplan MVOI zetten we in op het versnellen van de transitie naar een ' +
        'circulaire economie (inclusief biobased). Bij opdrachten en inkopen is ons uitgangspunt ' +
        'het gebruik van nieuwe grondstoffen te verminderen en hoger te komen op de R-ladder: we ' +
        'gaan altijd na wat er aan het einde van de levensduur met de producten en diensten ' +
        'gebeurt.',
      focusAreas: [
        'Het verhogen van het percentage hernieuwbare, hergebruikte en duurzaam geproduceerde ' +
          'grondstoffen.',
        'Het verlengen van de levensduur van ingekochte producten en diensten.',
        'Het streven naar hoogwaardige verwerking aan het eind van de productcyclus.',
      ],
      baselineLevel: 2,
      targetLevel: 4,
      longTermGoals: ['In 2030 willen we als gemeente Maastricht tenminste 50% circulair inkopen.'],
      policies: [
        'Economische visie Maastricht 2040: ‘Maastricht kiest voor kwaliteit en innovatie’',
        'Programma Circulaire Economie 2023-2026: ‘Kennis en creativiteit’',
        'Uitvoeringsprogramma Economie 2023-2026',
      ],
      goals: [
        {
          title:
            'Bij minimaal drie pilots circulariteitseisen als gunningscriterium of uitvoeringseis, ' +
            'bij minimaal één pilot als eis',
          actions: [
            action(
              'Bij de pilots (o.a. ontwerp en bouw binnensportaccommodatie) vier vragen stellen',
              'Inkoopagenda 2025',
              'Bij de pilots opgenomen in dit actieplan – zoals de aanbesteding van ontwerp en ' +
                'bouw van een binnensportaccommodatie – stellen we vier vragen:\n' +
                '1. Hoe kan de grondstoffenafdruk verlaagd worden (t.o.v. nu/vorige keer)?\n' +
                '2. Hoe kan het percentage hernieuwbare, hergebruikte en duurzaam geproduceerde ' +
                'grondstoffen worden verhoogd?\n' +
                '3. Hoe kan de levensduur van de ingekochte producten en diensten verlengd worden?\n' +
                '4. Hoe vindt aan het eind van de productcyclus een hoogwaardige verwerking plaats?',
              [PILOT_BINNENSPORT],
            ),
          ],
        },
        {
          title: 'Het versterken van regionale inkoop',
          actions: [
            action(
              'Aansluiten bij regionale inkoop en aanbesteding in Zuid-Limburg (bijv. gezamenlijke ' +
                'inkoop energie); ervaringen vertalen naar criteria of afwegingskader',
              'Voorbereiden 2025, uitvoeren 2026',
              'Aansluiting zoeken bij processen van regionale inkoop en aanbesteding en daarmee ' +
                'uitvoering geven aan de ambitie om met regionale partners in Zuid-Limburg kansen ' +
                'te creëren voor circulaire economie, bijvoorbeeld door gezamenlijke inkoop van ' +
                'energie. De opgedane ervaringen vertalen we in nieuwe criteria en/of een ' +
                'afwegingskader.',
            ),
          ],
        },
        {
          title:
            'Inzet van ondersteunende instrumenten voor het realiseren van de circulaire doelen ' +
            'binnen het aanbestedingsproces',
          actions: [
            action(
              'Bewustwording vergroten; ondersteunende instrumenten en een afwegingskader ontwikkelen',
              '2025',
              'Stimuleren van de beweging naar een meer circulaire economie, onder meer door het ' +
                'vergroten van de bewustwording bij collega’s over de mogelijkheden die er zijn. ' +
                'Hiervoor ontwikkelen we ondersteunende instrumenten en een afwegingskader.',
            ),
          ],
        },
        {
          title: 'Netwerk- en inspiratiebijeenkomsten organiseren voor MKB, collega’s en inwoners',
          actions: [
            action(
              'Inspirerende voorbeelden en op doelgroep afgestemde bijeenkomsten',
              '2025',
              'Collega’s, MKB en inwoners kennis laten maken met inspirerende voorbeelden en op ' +
                'doelgroep afgestemde bijeenkomsten.',
            ),
          ],
        },
        {
          title: 'Kansenkaart opstellen/impactanalyse maken van de inkoopkalender',
          actions: [
            action(
              'In kaart brengen bij welke inkopen de meeste grondstoffen worden gebruikt (bijv. ' +
                'asfalt, beton)',
              '2025',
              'In kaart brengen bij welke inkopen op de agenda de meeste grondstoffen worden ' +
                'gebruikt en waar de meeste impact kan worden gemaakt, bijvoorbeeld gebruik van ' +
                'asfalt of beton.',
            ),
          ],
        },
      ],
    },
    {
      key: 'milieu-biodiversiteit',
      name: 'Milieu & biodiversiteit',
      description:
        'Milieubewust inkopen richt zich op het voorkomen van milieuverontreiniging, zoals ' +
        'stikstofuitstoot en luchtvervuiling, en op het verminderen van het gebruik van ' +
        'schadelijke stoffen en pesticiden ter bescherming van de biodiversiteit. Ook het ' +
        'tegengaan van voedselverspilling en het reduceren van water- en energieverbruik horen ' +
        'erbij. Het thema sluit sterk aan bij de MVOI-thema’s Klimaat en Circulair.',
      focusAreas: [
        'Groenbeheer gericht op versterken van de biodiversiteit.',
        'Natuurinclusief ontwerpen en bouwen.',
        'Werken met milieuvriendelijke materialen en grondstoffen.',
        'Schoon en emissieloos werken.',
      ],
      baselineLevel: 2,
      targetLevel: 3,
      longTermGoals: [
        'Het doel zoals benoemd in de ‘Stadsvisie 2040’: “We hebben schone lucht en staan in ' +
          'contact met de natuurlijke leefomgeving. Het is vanzelfsprekend geworden om in ' +
          'Maastricht flora en fauna te stimuleren op plekken waar dat kan.”',
      ],
      policies: [
        'Stadsvisie 2040',
        'Omgevingsvisie 2040 (waaronder Biodiversiteit - deel 2)',
        'Beheerplan Groen 2024',
        'Schone Lucht Akkoord (ondertekend 2020)',
        'Uitvoeringsprogramma Energie- en warmtetransitie 2023-2026',
      ],
      goals: [
        {
          title:
            'Het toepassen van natuurinclusief ontwerpen en bouwen; milieuvriendelijk en/of ' +
            'biologisch inkopen',
          actions: [
            action(
              'Sturen op milieuwinst in pilot binnensportaccommodaties',
              'N.t.b. in 2025',
              '',
              [PILOT_BINNENSPORT],
            ),
            action(
              'Verkenning biologisch inkopen van een deel van de bomen, planten en bloembollen',
              'Q2 2025',
            ),
            action(
              'Interne kennissessies over groenbeheer, biodiversiteit en natuurinclusief bouwen',
              'Q1 2025',
              'Interne kennissessies organiseren over groenbeheer in relatie tot biodiversiteit en ' +
                'natuurinclusief ontwerpen en bouwen.',
            ),
          ],
        },
        {
          title: 'Zicht op milieuwinst door ‘meten is weten’ toe te passen',
          actions: [
            action(
              'Ervaring opdoen met de MKI, lerend van de pilots bij Klimaat',
              'N.t.b. in 2025',
              'Ervaring opdoen met de toepassing van de Milieukostenindicator (MKI), in eerste ' +
                'instantie door te leren van de acties/pilots benoemd bij thema Klimaat.',
            ),
          ],
        },
        {
          title: 'Procesverbetering aan de hand van de PDCA cyclus',
          actions: [
            action(
              'Resultaten en werkwijze van de pilots periodiek evalueren; best practices delen',
              'Doorlopend',
              'De resultaten en werkwijze van de pilots worden periodiek geëvalueerd. Best ' +
                'practices worden gedeeld en actief uitgedragen.',
            ),
            action('Milieu-acties uit het actieplan jaarlijks actualiseren', 'Q4 2025'),
          ],
        },
      ],
    },
    {
      key: 'ketenverantwoordelijkheid',
      name: 'Ketenverantwoordelijkheid',
      description:
        'De gemeente stimuleert ketenverantwoordelijkheid bij haar leveranciers met de ' +
        'Internationale Sociale Voorwaarden (ISV): producten, ook als ze deels uit het buitenland ' +
        'komen, worden op een eerlijke manier geproduceerd. In de aanbestedingseisen verplichten we ' +
        'de leveranciersketen om sociaal-maatschappelijke uitgangspunten na te leven, zoals het ' +
        'voorkomen van kinderarbeid en uitbuiting en het bieden van fatsoenlijke ' +
        'arbeidsvoorwaarden en sociale zekerheid, ongeacht herkomst of onderaannemerschap.',
      focusAreas: [
        'Respect voor mensenrechten',
        'Goede arbeidsomstandigheden',
        'Zorg voor natuur en milieu',
      ],
      baselineLevel: 1,
      targetLevel: 3,
      longTermGoals: [
        'Als opdrachtgever willen we meer bewustzijn creëren over de belangrijkste risico’s in ' +
          'productieketens, met behulp van de MVO-Risicochecker. Dit stelt ons in staat om deze ' +
          'risico’s mee te nemen in onze aanbestedingsstrategieën en hierover in gesprek te gaan ' +
          'met onze leveranciers. Daarbij houden we ook rekening met de arbeidsomstandigheden en ' +
          'arbeidsvoorwaarden bij leveranciers in Nederland.',
      ],
      policies: ['Global Goals gemeente (Sustainable Development Goals van de VN)'],
      goals: [
        {
          title: 'Het borgen van het thema Ketenverantwoordelijkheid',
          actions: [
            action(
              'Eigenaarschap creëren en onderbrengen in de organisatie',
              '2025',
              'Eigenaarschap voor Ketenverantwoordelijkheid creëren en onderbrengen in de ' +
                'organisatie.',
            ),
            action(
              'In de pilotfase ketenverantwoordelijkheid als uitvoeringsvoorwaarde in de eisen ' +
                'opnemen',
              'eind 2025',
            ),
          ],
        },
        {
          title: 'Meer bekendheid van Ketenverantwoordelijkheid binnen de gemeente',
          actions: [
            action('Deelnemen aan e-learnings van PIANOo', '2025'),
            action(
              'De MVO Risicochecker (mvorisicochecker.nl) gebruiken bij de pilots',
              '2025',
              'Gebruik maken van www.mvorisicochecker.nl bij de pilots van dit actieplan.',
            ),
          ],
        },
      ],
    },
    {
      key: 'diversiteit-inclusie',
      name: 'Diversiteit & inclusie',
      description:
        'Bij inkoop en aanbesteding kan gedacht worden aan het opnemen van eisen rondom ' +
        '(rolstoel)toegankelijkheid, inclusie van alle doelgroepen en communicatie in begrijpelijke ' +
        'of meertalige vorm. Met dit actieplan willen we ervoor zorgen dat het thema ook binnen ' +
        'inkoop en aanbestedingen de nodige aandacht krijgt en dat er organisatiebreed commitment ' +
        'ontstaat.',
      focusAreas: [
        '(Rolstoel)toegankelijkheid',
        'Inclusie van alle doelgroepen',
        'Communicatie in begrijpelijke of meertalige vorm',
      ],
      baselineLevel: 1,
      targetLevel: 3,
      longTermGoals: [
        'Zowel binnen onze organisatie, als ook binnen de organisaties waarmee we samenwerken, is ' +
          'iedereen zich bewust van het belang van dit thema.',
        'Faciliteiten en dienstverlening worden ontworpen en aangeboden zodat ze toegankelijk zijn ' +
          'voor een zo groot mogelijke groep inwoners.',
        'Elk domein stelt specifieke eisen op het gebied van Diversiteit en inclusie in de ' +
          'aanbestedingen die zij uitvoeren.',
      ],
      policies: ['Sociale visie 2040', 'Global Goals gemeente', 'Regenboog gemeente'],
      goals: [
        {
          title: 'Verankeren van visie/doelstelling op Diversiteit en inclusie in de organisatie',
          actions: [
            action(
              'Opdrachtformulering opstellen en voorleggen aan het college',
              'Q1 2025',
              'Opdrachtformulering voor dit thema opstellen en voorleggen aan het college.',
            ),
            action(
              'Eigenaar/coördinator benoemen, met MVOI als onderdeel',
              'Q2 2025',
              'Eigenaar/coördinator benoemen, waarbij ook MVOI een onderdeel is.',
            ),
          ],
        },
        {
          title:
            'Inspireren en ondersteunen van collega’s van de verschillende domeinen hoe zij in hun ' +
            'aanbestedingen rekening kunnen houden met inclusie & diversiteit',
          actions: [
            action(
              'Concrete voorbeelden verzamelen en delen via Stella',
              'Q1 2025',
              'Concrete voorbeelden verzamelen van manieren om Diversiteit en inclusie mee te ' +
                'nemen in aanbestedingen en onder andere te delen via Stella.',
            ),
            action(
              'Inspiratiesessies per afdeling/domein',
              'Q1–Q2 2025',
              'Inspiratiesessies organiseren voor de verschillende afdelingen/domeinen, waarbij we ' +
                'de inkoopvoorbeelden toelichten en met elkaar in gesprek gaan over de vertaling ' +
                'naar de praktijk.',
            ),
            action(
              'Per afdeling de meest impactvolle aanbestedingen inventariseren',
              'Q4 2024',
              'Per afdeling inventariseren wat de meest impactvolle aanbestedingen zijn, ' +
                'beoordeeld op impact voor de samenleving. Denk bij vastgoed bijvoorbeeld aan ' +
                'gebouwen of omgevingen waar veel mensen gebruik van maken.',
            ),
          ],
        },
      ],
    },
    {
      key: 'social-return',
      name: 'Social Return',
      description:
        'Door Social Return (SROI) toe te passen zorgt de gemeente ervoor dat een investering niet ' +
        'alleen het gebruikelijke economische rendement oplevert, maar ook een concrete sociale ' +
        'winst. SROI is geïntegreerd in 100% van de opdrachten vanaf € 100.000,-; de focus ligt nu ' +
        'op het borgen van de huidige resultaten.',
      focusAreas: [
        'Het borgen van de huidige resultaten',
        'Uitbreiding van de formatie',
        'Het verder ontwikkelen van maatwerkopties om de sociale impact te vergroten',
      ],
      baselineLevel: 4,
      targetLevel: 4,
      longTermGoals: [
        'Als extra maatwerkoptie in het beleid kunnen opdrachtnemers hun Social ' +
          'Return-verplichting invullen door te investeren in een impactvoucher. De waarde van deze ' +
          'voucher wordt gebruikt om werkgelegenheid te creëren voor mensen met een kwetsbare ' +
          'positie op de arbeidsmarkt, binnen de doelgroep van Social Return. Elke impactvoucher ' +
          'wordt gebruikt voor een maatwerkvoorziening die bijdraagt aan of leidt tot: werk voor ' +
          'iemand met een kwetsbare arbeidsmarktpositie; weggenomen of verminderde belemmeringen; ' +
          'ontwikkeling van vaardigheden; verbreding van het sociale netwerk.',
        'De impactvouchers kunnen ook worden gebruikt om problemen in de stad aan te pakken of te ' +
          'verminderen.',
        'Met Social Return streven we ernaar om in de toekomst een brede sociale impact te ' +
          'realiseren, die groter is dan alleen de arbeidsmarkt.',
      ],
      policies: ['Beleidsregels Social Return Arbeidsmarktregio Zuid-Limburg'],
      goals: [
        {
          title:
            'De ruimte voor maatwerk onderzoeken bij kansrijke inkoopbehoeften, zoals ICT en ' +
            'opleidingen',
          actions: [
            action(
              'Mogelijkheden in kaart brengen voor samenwerking met CNME en MTB',
              '2025',
              'In kaart brengen wat de mogelijkheden zijn wat betreft de samenwerking met Centrum ' +
                'voor Natuur- en Milieu Educatie (CNME) en MTB.',
            ),
            action(
              'Meer projecten ontwikkelen via de ketensamenwerking met SZMH, Podium24 en MTB/Annex',
              '2025',
              'Meer projecten ontwikkelen om Social Return effectief in te zetten, door voortdurend ' +
                'betrokken te blijven bij de ketensamenwerking met SZMH, Podium24 en MTB/Annex.',
            ),
            action('Goede voorbeelden delen via Stella', '2025'),
            action('Aanhaken bij de gezamenlijke pilots van MVOI', '2025'),
          ],
        },
      ],
    },
  ],
  pilots: PILOTS,
  organisationActions: [
    action(
      'Het actualiseren van het inkoop- en aanbestedingsbeleid met MVOI als specifiek aandachtspunt',
      '2025',
    ),
    action(
      'Het verhogen van bewustwording in de eigen organisatie rondom MVOI voor inkooptrajecten, ' +
        'via een actieve communicatiestrategie',
      '2025',
    ),
    action(
      'Het uitvoeren van pilot-aanbestedingen met extra focus op MVOI',
      '2025',
      'Hiervoor hebben we in overleg met de opdrachtgevers en op basis van de inkoop- en ' +
        'aanbestedingenkalender een selectie opgesteld van kansrijke pilots.',
      PILOTS.map((pilot) => pilot.title),
    ),
  ],
};

/** A theme's action together with where it sits in the plan, for seeding and overviews. */
export interface PlacedSeedAction extends SeedAction {
  themeKey: ThemeKey;
  goalTitle: string;
}

/** The plan's theme actions in plan order; organisation-wide actions are not among them. */
export function seedActions(plan: SeedPlan): PlacedSeedAction[] {
  return plan.themes.flatMap((theme) =>
    theme.goals.flatMap((goal) =>
      goal.actions.map((seedAction) => ({
        ...seedAction,
        themeKey: theme.key,
        goalTitle: goal.title,
      })),
    ),
  );
}
