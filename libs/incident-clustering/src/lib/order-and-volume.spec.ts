import { ArticleMention } from './article-mention';
import { clusterMentions, groupMentions, groupMentionsInSteps } from './cluster-mentions';
import { P, am, copyOf, d, ev, partition, shuffled } from '../../test/test-mentions';

// Mechanism: the same reports give the same incidents whatever order they arrive in and however
// many times each is received (a syndicated copy, an article fed again): copies vote once, and
// reports from undated articles join only after the dated incidents have formed.
describe('results independent of order and volume', () => {
  const strike = { category: 'strike_on_militias' as const, actor: 'us' as const };
  const mashtal = { ...P.baghdad, id: 'iq-mashtal', name_ar: 'المشتل', name_en: 'al-Mashtal', lat: 33.33, lon: 44.46, ancestors: ['iq-baghdad'] };
  const palestineSt = { ...P.baghdad, id: 'iq-palestine-st', name_ar: 'شارع فلسطين', name_en: 'Palestine Street', lat: 33.33, lon: 44.41, ancestors: ['iq-baghdad'] };
  // Written for this spec: two strikes on Baghdad a month apart, Tower 22 told with a day, a month
  // and without a date, a separate attack on al-Tanf, and reports from undated articles.
  const reports: ArticleMention[] = [
    am('j1', '2024-01-05', { ...strike, date: d('2024-01-04'), place: P.baghdad, weapon: 'drone', killed: 2, evidence: ev('طائرة مسيرة أمريكية تقصف مقرا للحشد في بغداد وتقتل اثنين') }),
    am('j2', '2024-01-05', { ...strike, date: d('2024-01-04'), place: P.baghdad, weapon: 'drone', killed: 4, evidence: ev('مقتل أربعة بضربة مسيرة على مقر في شارع فلسطين ببغداد') }),
    am('j3', '2024-01-04', {
      ...strike,
      date: d('2024-01-04'),
      place: P.baghdad,
      weapon: 'drone',
      killed: 2,
      injured: 6,
      evidence: ev('قصف بطائرة مسيرة يستهدف مقرا في بغداد ويوقع قتيلين وستة جرحى'),
    }),
    am('j4', '2024-01-04', { ...strike, date: d('2024-01-04'), place: palestineSt, weapon: 'airstrike', killed: 2, evidence: ev('غارة جوية على شارع فلسطين شرقي بغداد') }),
    am('f1', '2024-02-07', { ...strike, date: d('2024-02-07'), place: mashtal, weapon: 'drone', killed: 2, injured: 4, evidence: ev('مسيرة تستهدف سيارة في حي المشتل شرقي بغداد وتقتل قياديين') }),
    am('u1', null, { ...strike, place: P.baghdad, weapon: 'drone', killed: 2, injured: 5, evidence: ev('قتيلان وخمسة جرحى بضربة مسيرة أمريكية في بغداد') }),
    am('t1', '2024-01-29', { date: d('2024-01-28'), place: P.tower22, weapon: 'drone', killed: 3, injured: 25, evidence: ev('مقتل ثلاثة جنود أمريكيين بهجوم مسيرة على البرج 22') }),
    am('t2', '2024-01-30', { date: d('2024-01-28'), place: P.tower22, weapon: 'drone', killed: 3, injured: 34, evidence: ev('ارتفاع عدد المصابين في هجوم البرج 22 إلى 34') }),
    am('t3', '2024-02-20', { date: d('2024-01'), place: P.tower22, weapon: 'drone', evidence: ev('منذ هجوم البرج 22 في كانون الثاني') }),
    am('t4', null, { place: P.tower22, weapon: 'drone', killed: 3, evidence: ev('الهجوم الذي أودى بحياة ثلاثة جنود في البرج 22') }),
    am('s1', '2024-01-21', { date: d('2024-01-20'), place: P.tanf, weapon: 'drone', evidence: ev('هجوم بمسيرتين على قاعدة التنف') }),
    am('s2', null, { place: P.tanf, weapon: 'rocket', evidence: ev('صواريخ على التنف') }),
  ];
  const original = (m: ArticleMention) => `${m.articleId.split('~')[0]}#${m.mention.index}`;
  const once = partition(reports, clusterMentions(reports), original);
  const copies = (k: number) => reports.flatMap((m) => Array.from({ length: k }, (_, i) => copyOf(m, `${m.articleId}~${i}`)));

  it('groups the reports as expected when each is received once', () => {
    expect(once).toEqual(['f1#0', 'j1#0 j2#0 j3#0 j4#0 u1#0', 's1#0', 's2#0', 't1#0 t2#0 t3#0 t4#0']);
  });

  it.each([2, 3, 5, 10, 26])('gives the same incidents when every report is received %i times, in a shuffled order', (k) => {
    const ms = shuffled(copies(k), k);
    expect(partition(ms, clusterMentions(ms), original)).toEqual(once);
  });

  it.each([
    ['the Mashtal report', 'f1'],
    ['the undated Baghdad report', 'u1'],
    ['the undated Tower 22 report', 't4'],
    ['the month-only Tower 22 report', 't3'],
    ['the undated al-Tanf report', 's2'],
    ['a Palestine Street report', 'j4'],
    ['a day-dated Tower 22 report', 't1'],
    ['the dated al-Tanf report', 's1'],
  ])('gives the same incidents when only %s is received 26 times', (_, id) => {
    const ms = reports.flatMap((m) => (m.articleId === id ? Array.from({ length: 26 }, (_, i) => copyOf(m, `${id}~${i}`)) : [m]));
    expect(partition(ms, clusterMentions(ms), original)).toEqual(once);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the same incidents in shuffled order %i', (seed) => {
    const ms = shuffled(reports, seed);
    expect(partition(ms, clusterMentions(ms), original)).toEqual(once);
  });

  it('gives the same incidents when an article is fed again under its own id', () => {
    const ms = [...reports, ...reports.filter((m) => ['j2', 'u1', 't3'].includes(m.articleId)).map((m) => ({ ...m }))];
    expect(partition(ms, clusterMentions(ms), original)).toEqual(once);
  });

  it('gives every copy of a report the incident of its original', () => {
    const ms = shuffled(copies(4), 99);
    const ids = clusterMentions(ms);
    const byOriginal = new Map<string, Set<string>>();
    ms.forEach((m, i) => (byOriginal.get(original(m)) ?? byOriginal.set(original(m), new Set()).get(original(m))!).add(ids[i]));
    expect([...byOriginal.values()].every((s) => s.size === 1)).toBe(true);
  });

  // The indexer's settle pass re-derives only the components a change reached: each must come out
  // exactly as in the clustering of everything, and nothing else may come out.
  describe('clustering only the components that hold selected reports', () => {
    const key = (g: readonly ArticleMention[]) => g.map((m) => `${m.articleId}#${m.mention.index}`).join(' ');
    const whole = groupMentions(reports).map(key);
    const run = (ms: readonly ArticleMention[], only: (m: ArticleMention) => boolean) => {
      const steps = groupMentionsInSteps(ms, undefined, only);
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value.map(key);
      }
    };

    it.each(reports.map((m) => [m.articleId]))('gives, selecting %s, its incident as the whole clustering does', (id) => {
      const got = run(shuffled(reports, id.length), (m) => m.articleId === id);
      expect(got.some((g) => g.split(' ').includes(`${id}#0`))).toBe(true);
      for (const g of got) expect(whole).toContain(g);
    });

    it('leaves out the components without a selected report', () => {
      const got = run(reports, (m) => m.articleId === 's1');
      // al-Tanf and Tower 22 (20 km apart, a week apart) are one candidate component; Baghdad is not.
      expect(got.join(' | ')).not.toMatch(/j1|f1/);
    });

    it('gives the whole clustering when every report is selected, and nothing when none is', () => {
      expect(run(reports, () => true)).toEqual(whole);
      expect(run(reports, () => false)).toEqual([]);
    });
  });
});
