import { IncidentMention } from '@raseed/contracts';
import { clusterMentions, explainMembers, matchScore } from './cluster-mentions';
import { copyOf } from '../../test/test-mentions';
import { P, am, d } from '../../test/test-mentions';

// Mechanism: a report links to what an incident's reports agree on (the most reported day, place,
// weapon, actor; every toll), not to the average over every member, so wrong members (an unplaced
// twin, a misdated recap, a report with the weapon missing) cannot keep agreeing reports apart.
describe('linking to the incident’s consensus', () => {
  type Over = Partial<IncidentMention>;
  const incident = (place: IncidentMention['place'], weapon: IncidentMention['weapon'], day: string, extra: Over = {}) => ({ place, weapon, date: d(day), ...extra });

  // An incident told by two agreeing reports and joined by weak ones (each missing what the
  // consensus has), then one more agreeing report: it must join the same incident.
  it.each([
    [
      'two unplaced twins',
      P.tanf,
      'drone',
      [
        { place: null, weapon: null },
        { place: null, weapon: null },
      ],
    ],
    [
      'three unplaced twins',
      P.tower22,
      'drone',
      [
        { place: null, weapon: null },
        { place: null, weapon: null },
        { place: null, weapon: null },
      ],
    ],
    [
      'an unplaced twin and one without a weapon',
      P.omarField,
      'drone',
      [
        { place: null, weapon: null },
        { weapon: null, place: null, actor: 'iran_backed_militia' },
      ],
    ],
    [
      'a twin placed at a field 40 km away and an unplaced one',
      P.omarField,
      'rocket',
      [
        { place: P.conoco, weapon: null },
        { place: null, weapon: null },
      ],
    ],
    [
      'twins with an unknown weapon',
      P.ainAlAsad,
      'missile',
      [
        { place: null, weapon: 'unknown' },
        { place: null, weapon: 'unknown' },
      ],
    ],
    [
      'unplaced twins of a strike',
      P.qaim,
      'airstrike',
      [
        { place: null, weapon: null },
        { place: null, weapon: null },
        { place: null, weapon: null },
      ],
      { category: 'strike_on_militias', actor: 'us' },
    ],
    [
      'unplaced twins with another figure',
      P.harir,
      'drone',
      [
        { place: null, weapon: null, killed: 3 },
        { place: null, weapon: null, killed: 3 },
      ],
    ],
    [
      'unplaced twins of a rocket attack on an embassy',
      P.embassy,
      'rocket',
      [
        { place: null, weapon: null },
        { place: null, weapon: null },
      ],
    ],
    [
      'unplaced twins of an airport attack',
      P.erbilAirport,
      'drone',
      [
        { place: null, weapon: null, actor: 'iran_backed_militia' },
        { place: null, weapon: null },
      ],
    ],
    [
      'twins without place or weapon of a strike on Jurf al-Sakhar',
      P.jurf,
      'airstrike',
      [
        { place: null, weapon: null },
        { place: null, weapon: 'unknown' },
        { place: null, weapon: null },
      ],
      { category: 'strike_on_militias', actor: 'us' },
    ],
    [
      'an unplaced twin and one with an unknown weapon at a gas field',
      P.conoco,
      'rocket',
      [
        { place: null, weapon: null },
        { place: null, weapon: 'unknown' },
      ],
    ],
    [
      'unplaced twins of a mortar attack',
      P.shaddadiBase,
      'mortar',
      [
        { place: null, weapon: null },
        { place: null, weapon: null },
      ],
    ],
  ] as [string, IncidentMention['place'], IncidentMention['weapon'], Over[], Over?][])('one more agreeing report joins despite %s', (_, place, weapon, twins, extra = {}) => {
    const day = '2024-01-25';
    const core = { ...extra, killed: 3 };
    const ms = [
      am('a', day, incident(place, weapon, day, core)),
      am('b', day, incident(place, weapon, day, core)),
      ...twins.map((t, i) => am(`t${i}`, day, { ...incident(place, weapon, day, core), ...t })),
      // The next day's report (adjacent day), without the toll: linked to each weak twin it scores low.
      am('n', '2024-01-26', incident(place, weapon, '2024-01-26', extra)),
    ];
    const ids = clusterMentions(ms);
    expect(new Set(ids).size).toBe(1);
  });

  it.each([
    ['a recap misdated a week early', 'drone', { date: d('2024-01-15'), killed: 3 }],
    ['a recap misdated a week early without the weapon', null, { date: d('2024-01-15'), killed: 3, weapon: null, injured: 20 }],
    ['a recap misdated a week early with a missile', 'missile', { date: d('2024-01-15'), killed: 3, injured: 20 }],
  ] as [string, IncidentMention['weapon'], Over][])('a report of the next day still joins although %s sits in it', (_, weapon, recap) => {
    // The recap is 8 days from the late report: one member's block must not refuse the whole incident.
    const ms = [
      am('a', '2024-01-22', incident(P.tanf, 'drone', '2024-01-22', { killed: 3 })),
      am('b', '2024-01-22', incident(P.tanf, 'drone', '2024-01-22', { killed: 3 })),
      am('c', '2024-01-23', incident(P.tanf, 'drone', '2024-01-22', { killed: 3, injured: 20 })),
      am('r', '2024-01-25', { ...incident(P.tanf, weapon, '2024-01-22'), ...recap }),
      am('n', '2024-01-24', incident(P.tanf, 'drone', '2024-01-23', { injured: 25 })),
    ];
    const ids = clusterMentions(ms);
    expect(ids[4]).toBe(ids[0]);
  });

  it('matchScore links to the consensus and explains the score', () => {
    const members = [
      am('a', '2024-01-25', incident(P.tanf, 'drone', '2024-01-25', { killed: 3 })),
      am('b', '2024-01-25', incident(P.tanf, 'drone', '2024-01-25', { killed: 3 })),
      am('t', '2024-01-25', { date: d('2024-01-25'), killed: 3 }),
    ];
    const r = matchScore(am('n', '2024-01-26', incident(P.tanf, 'drone', '2024-01-26')), members);
    expect(r.matches).toBe(true);
    expect(r.reasons).toEqual(expect.arrayContaining(['adjacent day', 'place same', 'weapon same']));
  });

  it('explains each member of an incident: its link to the consensus, or the report a copy repeats', () => {
    const a = am('a', '2024-01-25', { ...incident(P.tanf, 'drone', '2024-01-25', { killed: 3 }), evidence: { category: { sentence: 'هجوم بمسيرة على التنف', start: 0, end: 20 } } });
    const members = [a, am('b', '2024-01-26', incident(P.tanf, 'drone', '2024-01-26')), copyOf(a, 'c')];
    const why = explainMembers(members);
    expect(why.get(members[1])).toMatchObject({ matches: true, reasons: expect.arrayContaining(['adjacent day', 'place same', 'weapon same']) });
    expect(why.get(members[2])?.reasons).toEqual(['copy of a']);
    expect(why.get(members[0])?.reasons).toEqual(['copy of c']);
    expect(explainMembers([a]).size).toBe(0);
  });

  it('does not let a consensus pull in a report another incident’s consensus fits', () => {
    const ms = [
      am('a', '2024-01-25', incident(P.tanf, 'drone', '2024-01-25', { killed: 3 })),
      am('b', '2024-01-25', incident(P.tanf, 'drone', '2024-01-25', { killed: 3 })),
      am('c', '2024-01-25', incident(P.ainAlAsad, 'rocket', '2024-01-25')),
      am('e', '2024-01-26', incident(P.ainAlAsad, 'rocket', '2024-01-25')),
    ];
    const ids = clusterMentions(ms);
    expect([ids[0] === ids[1], ids[2] === ids[3], ids[0] === ids[2]]).toEqual([true, true, false]);
  });
});
