import { goldSet, predictionSet } from '../../test/evaluation-fixture';
import { compareReports, parseReport } from './compare-reports';
import { evaluate } from './evaluate';
import { EvaluationInputError } from './evaluation-input';

function nextRun() {
  const preds = predictionSet();
  preds[0].incidents[1].date = '2024-01-10'; // d1's al-Omar attack now on its day: found, and one spurious fewer
  preds[1].incidents[0].date = '2024-01-10'; // d2 Hasakah date fixed
  preds[1].incidents[1].killed = 3; // d2 Albukamal toll now wrong
  preds[1].incidents[1].cluster = 'c4'; // no longer merged with the Hasakah attack
  preds[2].incidents.push({ category: 'strike_on_militias', date: '2024-01-02', place: { name_en: 'Homs', lat: 34.73, lon: 36.71 }, cluster: 'c5' });
  return evaluate(goldSet(), preds);
}

describe('compareReports', () => {
  const before = evaluate(goldSet(), predictionSet());
  const after = nextRun();
  const c = compareReports(before, after);

  it('gives every figure before and after', () => {
    const f = Object.fromEntries(c.figures.map((x) => [x.name, [x.before, x.after]]));
    expect(f['incidents.recall']).toEqual([0.8, 1]);
    expect(f['incidents.fp']).toEqual([2, 2]);
    expect(f['fields.date']).toEqual([0.8, 1]);
    expect(f['fields.killed']).toEqual([1, 0.75]); // 3 of 3, then 3 of 4 (g-omar found, d2 Albukamal wrong)
    expect(f['negatives.clean']).toEqual([2, 1]);
    expect(f['dedup.precision']).toEqual([0.333, 1]);
    expect(f['strike_on_militias.precision']).toEqual([1, 0.667]);
  });

  it('names the gold incidents found or lost and the fields that flipped', () => {
    expect(c.found).toEqual([{ doc: 'd1', gid: 'g-omar', required: true }]);
    expect(c.lost).toEqual([]);
    expect(c.fields_fixed).toEqual([{ doc: 'd2', gid: 'g-hasakah', field: 'date' }]);
    expect(c.fields_broken).toEqual([{ doc: 'd2', gid: 'g-bukamal', field: 'killed' }]);
  });

  it('names spurious predictions that appeared or went away, and de-dup errors that did', () => {
    expect(c.spurious_new.map((s) => `${s.doc} ${s.prediction.place}`)).toEqual(['d3 Homs']);
    expect(c.spurious_gone.map((s) => `${s.doc} ${s.prediction.date}`)).toEqual(['d1 2024-01-13']);
    expect(c.split_fixed).toEqual(['g-omar']);
    expect(c.split_new).toEqual([]);
    expect(c.merged_fixed).toEqual(['g-bukamal + g-hasakah']);
    expect(c.merged_new).toEqual([]);
    expect([c.gold_only_before, c.gold_only_after]).toEqual([0, 0]);
  });

  it('reverses cleanly', () => {
    const back = compareReports(after, before);
    expect(back.lost).toEqual(c.found);
    expect(back.fields_broken).toEqual(c.fields_fixed);
    expect(back.spurious_new).toEqual(c.spurious_gone);
  });

  it('counts gold incidents present in one report only', () => {
    const gold = goldSet();
    gold[1].incidents.pop();
    expect(compareReports(before, evaluate(gold, predictionSet()))).toMatchObject({ gold_only_before: 1, gold_only_after: 0 });
  });
});

describe('parseReport', () => {
  it('reads back a report written as JSON', () => {
    const r = evaluate(goldSet(), predictionSet());
    expect(parseReport(JSON.stringify({ ...r, meta: {} }), 'prev.json').incidents).toEqual(r.incidents);
  });

  it('refuses anything else, saying how to make one', () => {
    expect(() => parseReport('{"documents": 3}', 'prev.json')).toThrow(EvaluationInputError);
    expect(() => parseReport('{"documents": 3}', 'prev.json')).toThrow(/prev.json: not an evaluation report .*--json or --out/);
    expect(() => parseReport('documents 68', 'prev.txt')).toThrow(/prev.txt: not JSON/);
  });
});
