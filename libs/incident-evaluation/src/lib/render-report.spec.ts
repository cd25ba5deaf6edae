import { goldSet, predictionSet, SENTENCE } from '../../test/evaluation-fixture';
import { compareReports } from './compare-reports';
import { evaluate } from './evaluate';
import { renderComparison, renderErrors, renderFigures, show } from './render-report';

describe('renderFigures', () => {
  const text = renderFigures(evaluate(goldSet(), predictionSet()));

  it('opens with the shared scorer four lines, word for word', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      'documents 5',
      'incidents  P 0.714  R 0.8  F1 0.755  (tp 5, fp 2, missed 1/5)',
      'fields     date 0.8 (n 5)  weapon 1 (n 5)  actor 1 (n 5)  killed 1 (n 3)  injured 0 (n 1)',
      'dedup      P 0.333  R 0.5  F1 0.4  (gold pairs 2)',
    ]);
  });

  it('then negatives, de-dup counts and each category', () => {
    expect(text).toContain('negatives  clean 2/3  (predictions in d4)');
    expect(text).toContain('1 of 2 gold pairs share a cluster; 3 predicted pairs; 1 incidents split, 1 clusters merging incidents');
    expect(text).toMatch(/attack_on_us_forces {2}P 0\.6 {2}R 0\.75 {2}F1 0\.667 {2}\(tp 3, fp 2, missed 1\/4\)\n {23}date 0\.667 \(n 3\)/);
    expect(text).toContain('strike_on_militias   P 1  R 1  F1 1  (tp 2, fp 0, missed 0/1)');
  });
});

describe('renderErrors', () => {
  const text = renderErrors(evaluate(goldSet(), predictionSet()));

  it('shows each missed incident with the nearest prediction, why it failed and its sentence', () => {
    expect(text).toContain('── missed required incidents (1)\nd1  g-omar  attack_on_us_forces [2024-01-10] al-Omar oil field  weapon [rocket]  actor -  killed [0]  injured [-]');
    expect(text).toContain('      nearest #1: attack_on_us_forces 2024-01-13 al-Omar oil field  weapon rocket  actor unknown  killed 0  injured -\n        fails date 2024-01-13\n');
    expect(text).toContain(`« ${SENTENCE.omarRockets} »`);
  });

  it('shows spurious predictions with their sentences, field errors with theirs, and de-dup errors', () => {
    expect(text).toContain(
      `d4 #0  attack_on_us_forces 2024-01-01 Baghdad  weapon rocket  actor unknown  killed -  injured -  cluster c9\n      no gold incident in this document\n      « ${SENTENCE.baghdadExhibition} »`,
    );
    expect(text).toContain(`d1  g-hasakah  injured: gold [6,20] got 5\n      « ${SENTENCE.hasakahInjured} »`);
    expect(text).toContain(`d2  g-hasakah  date: gold [2024-01-10] got 2024-01-11\n      (category sentence) « ${SENTENCE.hasakahAgain} »`);
    expect(text).toContain('g-omar  (split pairs 1)\n      d1  missed\n      d2  c2  attack_on_us_forces 2024-01-10 al-Omar oil field');
    expect(text).toContain('c1  (wrong pairs 2)\n      d1  g-hasakah');
    expect(text).not.toContain('every mention missed');
    const none = renderErrors(evaluate(goldSet(), []));
    expect(none).toContain('g-omar  (split pairs 1)  every mention missed: an extraction error');
  });
});

describe('renderComparison', () => {
  it('prints changed figures with deltas and the flipped incidents', () => {
    const before = evaluate(goldSet(), predictionSet());
    const preds = predictionSet();
    preds[0].incidents[1].date = '2024-01-10';
    const text = renderComparison(compareReports(before, evaluate(goldSet(), preds)), 'prev.json');
    expect(text).toContain('── vs baseline prev.json');
    expect(text).toMatch(/incidents\.recall +0\.8 → 1 {2}\(\+0\.2\)/);
    expect(text).toMatch(/incidents\.fp +2 → 1 {2}\(-1\)/);
    expect(text).toContain('found now (1): d1 g-omar');
    expect(text).toContain('spurious gone (1): d1 attack_on_us_forces 2024-01-13 al-Omar oil field');
    expect(renderComparison(compareReports(before, before), 'prev.json')).toBe('── vs baseline prev.json\n  figures unchanged');
  });
});

describe('show', () => {
  it('writes values for reading', () => {
    expect(show(null)).toBe('-');
    expect(show([1, null, 'x'])).toBe('[1,-,x]');
    expect(show({ a: 1 })).toBe('{"a":1}');
  });
});
