import { describe, expect, it } from 'vitest';
import { TITLE_MAX_LENGTH } from './action';
import { SEED_PLAN, seedActions } from './seed-plan';
import { THEME_KEYS } from './theme';
import { dueDateOf, parseTiming } from './timing';

const theme = (key: string) => {
  const found = SEED_PLAN.themes.find((t) => t.key === key);
  if (!found) throw new Error(`no theme ${key}`);
  return found;
};

describe('SEED_PLAN', () => {
  it('has the six themes in the plan’s order with their Dutch names', () => {
    expect(SEED_PLAN.themes.map((t) => t.key)).toEqual([...THEME_KEYS]);
    expect(SEED_PLAN.themes.map((t) => t.name)).toEqual([
      'Klimaat',
      'Circulair',
      'Milieu & biodiversiteit',
      'Ketenverantwoordelijkheid',
      'Diversiteit & inclusie',
      'Social Return',
    ]);
  });

  it('places each theme on the ladder as the plan measures it and aims for it', () => {
    expect(SEED_PLAN.themes.map((t) => [t.key, t.baselineLevel, t.targetLevel] as const)).toEqual([
      ['klimaat', 2, 4],
      ['circulair', 2, 4],
      ['milieu-biodiversiteit', 2, 3],
      ['ketenverantwoordelijkheid', 1, 3],
      ['diversiteit-inclusie', 1, 3],
      ['social-return', 4, 4],
    ]);
  });

  it('has the plan’s number of goals and actions per theme', () => {
    expect(
      SEED_PLAN.themes.map((t) => [
        t.key,
        t.goals.length,
        t.goals.reduce((sum, goal) => sum + goal.actions.length, 0),
      ]),
    ).toEqual([
      ['klimaat', 4, 6],
      ['circulair', 5, 5],
      ['milieu-biodiversiteit', 3, 6],
      ['ketenverantwoordelijkheid', 2, 4],
      ['diversiteit-inclusie', 2, 5],
      ['social-return', 1, 4],
    ]);
    expect(seedActions(SEED_PLAN)).toHaveLength(30);
  });

  it('gives every theme a description, focus areas, long-term goals and its policies', () => {
    for (const t of SEED_PLAN.themes) {
      expect(t.description, t.key).not.toBe('');
      expect(t.focusAreas.length, t.key).toBeGreaterThan(0);
      expect(t.longTermGoals.length, t.key).toBeGreaterThan(0);
      expect(t.policies.length, t.key).toBeGreaterThan(0);
    }
    expect(theme('klimaat').policies).toContain('Maastrichts Energie Akkoord (2016)');
    expect(theme('klimaat').longTermGoals).toContain('Zero Emissie Stadslogistiek vanaf 2025');
    expect(theme('social-return').policies).toEqual([
      'Beleidsregels Social Return Arbeidsmarktregio Zuid-Limburg',
    ]);
  });

  it('has the five 2025 pilots, planned, with the themes the plan links them to', () => {
    expect(SEED_PLAN.pilots.map((p) => [p.title, p.themeKeys])).toEqual([
      ['Aanschaf van vrachtwagens met haakkranen', ['klimaat']],
      [
        'Nieuwbouw en/of renovatie van binnensportaccommodaties',
        ['klimaat', 'circulair', 'milieu-biodiversiteit'],
      ],
      [
        'Schoon en emissieloos bouwen bij grond-, weg- en waterbouw (GWW)',
        ['klimaat', 'milieu-biodiversiteit'],
      ],
      [
        'Schoon en emissieloos werken bij schilderwerken van het gemeentelijk vastgoed',
        ['klimaat'],
      ],
      ['Facilitaire herinrichting van kantoor Mosae Forum', ['klimaat']],
    ]);
    for (const pilot of SEED_PLAN.pilots) {
      expect(pilot.year).toBe(2025);
      expect(pilot.status).toBe('planned');
    }
  });

  it('has the three organisation-wide actions for 2025, the last running all pilots', () => {
    expect(SEED_PLAN.organisationActions.map((a) => [a.title, a.timing])).toEqual([
      [
        'Het actualiseren van het inkoop- en aanbestedingsbeleid met MVOI als specifiek aandachtspunt',
        '2025',
      ],
      [
        'Het verhogen van bewustwording in de eigen organisatie rondom MVOI voor inkooptrajecten, ' +
          'via een actieve communicatiestrategie',
        '2025',
      ],
      ['Het uitvoeren van pilot-aanbestedingen met extra focus op MVOI', '2025'],
    ]);
    expect(SEED_PLAN.organisationActions[2]?.pilotTitles).toEqual(
      SEED_PLAN.pilots.map((p) => p.title),
    );
  });

  it('links actions only to pilots that exist and serve the action’s theme', () => {
    const pilots = new Map(SEED_PLAN.pilots.map((p) => [p.title, p]));
    for (const a of seedActions(SEED_PLAN)) {
      for (const title of a.pilotTitles) {
        expect(pilots.get(title)?.themeKeys, `${a.title} → ${title}`).toContain(a.themeKey);
      }
    }
    for (const a of SEED_PLAN.organisationActions) {
      for (const title of a.pilotTitles) expect(pilots.has(title), title).toBe(true);
    }
  });

  it('links the actions the plan ties to named pilots', () => {
    const linked = seedActions(SEED_PLAN)
      .filter((a) => a.pilotTitles.length > 0)
      .map((a) => [a.themeKey, a.title, a.pilotTitles.length]);
    expect(linked).toEqual([
      ['klimaat', 'Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren', 4],
      [
        'klimaat',
        'Monitoren van de vermeden CO2 bij de pilots en bij schoon en emissieloos bouwen in ' +
          'GWW-projecten',
        1,
      ],
      [
        'circulair',
        'Bij de pilots (o.a. ontwerp en bouw binnensportaccommodatie) vier vragen stellen',
        1,
      ],
      ['milieu-biodiversiteit', 'Sturen op milieuwinst in pilot binnensportaccommodaties', 1],
    ]);
  });

  it('keeps every title within the storage limit and unique where it identifies something', () => {
    const titles = [
      ...SEED_PLAN.themes.flatMap((t) => t.goals.map((g) => g.title)),
      ...seedActions(SEED_PLAN).map((a) => a.title),
      ...SEED_PLAN.organisationActions.map((a) => a.title),
      ...SEED_PLAN.pilots.map((p) => p.title),
    ];
    for (const title of titles) {
      expect(title.trim(), title).toBe(title);
      expect(title.length, title).toBeGreaterThan(0);
      expect(title.length, title).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    }
    expect(new Set(SEED_PLAN.pilots.map((p) => p.title)).size).toBe(SEED_PLAN.pilots.length);
    for (const t of SEED_PLAN.themes) {
      const goalTitles = t.goals.map((g) => g.title);
      expect(new Set(goalTitles).size, t.key).toBe(goalTitles.length);
    }
  });

  it('keeps the plan’s timings exactly as written', () => {
    const actionTitled = (title: string) => seedActions(SEED_PLAN).find((a) => a.title === title);
    expect(
      actionTitled('Per afdeling de meest impactvolle aanbestedingen inventariseren'),
    ).toMatchObject({
      themeKey: 'diversiteit-inclusie',
      timing: 'Q4 2024',
    });
    expect(
      actionTitled(
        'Monitoren van de vermeden CO2 bij de pilots en bij schoon en emissieloos bouwen in ' +
          'GWW-projecten',
      )?.timing,
    ).toBe('Start Q1 2025, rapportage Q4 2025');
    expect(actionTitled('Inspiratiesessies per afdeling/domein')?.timing).toBe('Q1–Q2 2025');
    expect(
      actionTitled('Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren')
        ?.timing,
    ).toBe('>2025 e.v.');
    expect(new Set(seedActions(SEED_PLAN).map((a) => a.timing))).toEqual(
      new Set([
        '>2025 e.v.',
        'Start in Q1 2025',
        'Start Q1 2025, rapportage Q4 2025',
        'Start vanaf Q2 2025',
        'Doorlopend',
        'Q4 2025',
        'Inkoopagenda 2025',
        'Voorbereiden 2025, uitvoeren 2026',
        '2025',
        'N.t.b. in 2025',
        'Q2 2025',
        'Q1 2025',
        'eind 2025',
        'Q1–Q2 2025',
        'Q4 2024',
      ]),
    );
  });

  it('files "idem" actions under the goal above them', () => {
    expect(theme('diversiteit-inclusie').goals.map((g) => g.actions.map((a) => a.timing))).toEqual([
      ['Q1 2025', 'Q2 2025'],
      ['Q1 2025', 'Q1–Q2 2025', 'Q4 2024'],
    ]);
    expect(theme('milieu-biodiversiteit').goals[0]?.actions.map((a) => a.timing)).toEqual([
      'N.t.b. in 2025',
      'Q2 2025',
      'Q1 2025',
    ]);
  });
});

describe('seedActions', () => {
  it('flattens theme actions in plan order with their theme and goal', () => {
    const actions = seedActions(SEED_PLAN);
    expect(actions[0]).toMatchObject({
      themeKey: 'klimaat',
      goalTitle:
        'Focus op CO2-reductie en koppelkansen m.b.t. Circulariteit en Milieu en biodiversiteit',
      title: 'Per jaar minimaal vier inkooptrajecten als pilot benoemen en uitvoeren',
    });
    expect(actions.at(-1)).toMatchObject({
      themeKey: 'social-return',
      title: 'Aanhaken bij de gezamenlijke pilots van MVOI',
      timing: '2025',
    });
  });
});

describe('the seed plan and the timing parser', () => {
  it('reads every timing the plan writes, and derives a due date where the plan gives one', () => {
    const timings = [
      ...seedActions(SEED_PLAN).map((action) => action.timing),
      ...SEED_PLAN.organisationActions.map((action) => action.timing),
    ];
    const unread = timings.filter((timing) => parseTiming(timing).kind === 'unscheduled');
    expect(unread).toEqual([]);
    const undated = timings.filter((timing) => dueDateOf(parseTiming(timing)) === undefined);
    expect(new Set(undated)).toEqual(new Set(['Doorlopend']));
  });
});
