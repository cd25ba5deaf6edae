import { goldSet, predictionSet, SENTENCE } from '../../test/evaluation-fixture';
import { evaluate } from './evaluate';

// Worked out by hand from test/evaluation-fixture.ts:
//   matched: d1 g-hasakah, d1 g-old (optional), d2 g-hasakah, d2 g-bukamal, d2 g-omar → tp 5
//   spurious: d1's late al-Omar attack, d4's Baghdad attack → fp 2
//   required 5 (d1 g-hasakah, d1 g-omar, d2 ×3), missed 1 (d1 g-omar)
describe('evaluate', () => {
  const report = evaluate(goldSet(), predictionSet());

  it('gives the shared scorer figures', () => {
    expect(report.documents).toBe(5);
    // P 5/7, R 4/5, F1 2·(5/7)(4/5)/((5/7)+(4/5)) = 0.7547
    expect(report.incidents).toEqual({ precision: 0.714, recall: 0.8, f1: 0.755, tp: 5, fp: 2, missed_required: 1, required: 5 });
    // date: d2 g-hasakah a day off (4 of 5); injured: only d1 g-hasakah states it, and it is wrong
    expect(report.fields).toEqual({ date: 0.8, weapon: 1, actor: 1, killed: 1, injured: 0 });
    expect(report.field_counts).toEqual({ date: 5, weapon: 5, actor: 5, killed: 3, injured: 1 });
  });

  it('scores each category on its own', () => {
    const attack = report.categories.attack_on_us_forces;
    // tp 3, fp 2, required 4, missed 1: P 0.6, R 0.75
    expect(attack.incidents).toEqual({ precision: 0.6, recall: 0.75, f1: 0.667, tp: 3, fp: 2, missed_required: 1, required: 4 });
    expect(attack.fields.date).toBe(0.667);
    expect(attack.field_counts.date).toBe(3);
    const strike = report.categories.strike_on_militias;
    expect(strike.incidents).toEqual({ precision: 1, recall: 1, f1: 1, tp: 2, fp: 0, missed_required: 0, required: 1 });
  });

  it('counts negative documents clean when nothing was predicted for them, a missing line included', () => {
    expect(report.negatives).toEqual({ clean: 2, total: 3, dirty: ['d4'] });
  });

  it('scores de-duplication over gold mentions, a missed one sharing no cluster', () => {
    // gold pairs: g-hasakah (d1,d2), g-omar (d1 missed, d2); cluster c1 holds 3 mentions = 3 pairs, 1 right
    expect(report.dedup).toEqual({ precision: 0.333, recall: 0.5, f1: 0.4, gold_pairs: 2, predicted_pairs: 3, recovered_pairs: 1 });
    expect(report.errors.dedup.split).toEqual([
      {
        gid: 'g-omar',
        split_pairs: 1,
        mentions: [
          { doc: 'd1', cluster: null, prediction: null },
          { doc: 'd2', cluster: 'c2', prediction: expect.objectContaining({ place: 'al-Omar oil field', date: '2024-01-10' }) },
        ],
      },
    ]);
    expect(report.errors.dedup.merged).toHaveLength(1);
    expect(report.errors.dedup.merged[0]).toMatchObject({ cluster: 'c1', wrong_pairs: 2 });
    expect(report.errors.dedup.merged[0].mentions.map((m) => `${m.doc} ${m.gid}`)).toEqual(['d1 g-hasakah', 'd2 g-hasakah', 'd2 g-bukamal']);
  });

  it('lists a missed incident with the nearest prediction and the test it failed', () => {
    expect(report.errors.missed).toHaveLength(1);
    const [m] = report.errors.missed;
    expect(m).toMatchObject({ doc: 'd1', gid: 'g-omar', gold: { category: 'attack_on_us_forces', date: ['2024-01-10'], place: 'al-Omar oil field' } });
    expect(m.nearest).toMatchObject({ index: 1, fails: ['date'], distance_km: 0, matched_to: null, prediction: { date: '2024-01-13' } });
    expect(m.nearest?.evidence).toEqual([SENTENCE.omarRockets]);
  });

  it('names the gold incident that took the nearest prediction', () => {
    const gold = goldSet();
    gold[0].incidents[0].gid = 'first';
    const second = { ...gold[0].incidents[0], gid: 'second' };
    gold[0].incidents.push(second);
    const r = evaluate(gold, predictionSet());
    expect(r.errors.missed.find((x) => x.gid === 'second')?.nearest).toMatchObject({ index: 0, fails: [], matched_to: 'first' });
  });

  it('lists spurious predictions with their evidence sentences and the nearest gold incident', () => {
    expect(report.errors.spurious).toHaveLength(2);
    const [late, negative] = report.errors.spurious;
    expect(late).toMatchObject({ doc: 'd1', index: 1, evidence: [SENTENCE.omarRockets], nearest: { gid: 'g-omar', fails: ['date'], matched_to: null } });
    expect(negative).toMatchObject({ doc: 'd4', index: 0, evidence: [SENTENCE.baghdadExhibition], nearest: null, prediction: { place: 'Baghdad', cluster: 'c9' } });
  });

  it('lists field errors with the sentence the field was read from, else the incident sentence', () => {
    expect(report.errors.fields).toEqual([
      { doc: 'd1', gid: 'g-hasakah', field: 'injured', gold: [6, 20], predicted: 5, evidence: { field: 'injured', sentence: SENTENCE.hasakahInjured } },
      { doc: 'd2', gid: 'g-hasakah', field: 'date', gold: ['2024-01-10'], predicted: '2024-01-11', evidence: { field: 'category', sentence: SENTENCE.hasakahAgain } },
    ]);
  });

  it('records every gold incident outcome for comparing runs', () => {
    expect(report.gold_outcomes.map((o) => `${o.doc} ${o.gid} ${o.matched ? 'matched' : 'missed'} ${o.wrong_fields.join(',')}`)).toEqual([
      'd1 g-hasakah matched injured',
      'd1 g-omar missed ',
      'd1 g-old matched ',
      'd2 g-hasakah matched date',
      'd2 g-bukamal matched ',
      'd2 g-omar matched ',
    ]);
  });

  it('ignores predictions for documents without gold, and a later line for a document replaces an earlier one', () => {
    const preds = [{ doc: 'd3', incidents: [{ category: 'attack_on_us_forces', date: null, place: null }] }, ...predictionSet(), { doc: 'elsewhere', incidents: [{ category: 'x' }] }];
    expect(evaluate(goldSet(), preds).incidents).toEqual(report.incidents);
    const replaced = evaluate(goldSet(), [...predictionSet(), { doc: 'd4', incidents: [] }]);
    expect(replaced.negatives.clean).toBe(3);
    expect(replaced.incidents.fp).toBe(1);
  });

  it('scores an empty run as the shared scorer does', () => {
    const r = evaluate(goldSet(), []);
    expect(r.incidents).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, missed_required: 5, required: 5 });
    expect(r.fields.date).toBe(0);
    // two gold pairs, no predicted pair: precision 0
    expect(r.dedup).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(evaluate([{ doc: 'n', incidents: [] }], []).dedup).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
