import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvaluationInputError } from '@raseed/incident-evaluation';
import { runEval, UsageError } from './eval-incidents';

// Articles and gold written for this test: one attack the extractor reads, one it cannot (the
// article does not tell it), one negative article.
const ATTACK = 'سقطت ثلاثة صواريخ على القاعدة الأمريكية في حقل العمر مساء أمس دون وقوع إصابات.';

function fixture(): { corpus: string; gold: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
  const corpus = join(dir, 'corpus');
  const gold = join(dir, 'gold');
  mkdirSync(corpus);
  mkdirSync(gold);
  writeFileSync(join(corpus, 'a.json'), JSON.stringify({ id: 'a', url: null, published_at: '2024-03-15', text: ATTACK }));
  writeFileSync(join(corpus, 'b.json'), JSON.stringify({ id: 'b', url: null, published_at: '2024-03-15', text: 'افتتح وزير الاقتصاد معرضا للصناعات الغذائية في دمشق اليوم.' }));
  const omar = { name_en: 'al-Omar oil field', lat: 35.07, lon: 40.55 };
  writeFileSync(
    join(gold, 'a.gold.json'),
    JSON.stringify({
      doc: 'a',
      published_at: '2024-03-15',
      incidents: [
        { gid: 'omar', required: true, category: 'attack_on_us_forces', date: ['2024-03-14'], place: omar, weapon: ['rocket'], actor: ['unknown'], killed: [0], injured: [0] },
        { gid: 'tanf', required: true, category: 'attack_on_us_forces', date: ['2024-03-14'], place: { name_en: 'al-Tanf', lat: 33.5, lon: 38.6 }, weapon: ['drone'] },
      ],
    }),
  );
  writeFileSync(join(gold, 'b.gold.json'), JSON.stringify({ doc: 'b', published_at: '2024-03-15', incidents: [] }));
  writeFileSync(join(gold, 'kinds.json'), '{"a": "positive"}'); // not a gold file: ignored
  return { corpus, gold, dir };
}

describe('eval CLI', () => {
  const f = fixture();

  it('prints the figures, then each error with its evidence sentence', () => {
    const text = runEval([f.corpus, f.gold]);
    expect(text.split('\n').slice(0, 2)).toEqual(['documents 2', 'incidents  P 1  R 0.5  F1 0.667  (tp 1, fp 0, missed 1/2)']);
    expect(text).toContain('negatives  clean 1/1');
    expect(text).toContain('── missed required incidents (1)\na  tanf  attack_on_us_forces [2024-03-14] al-Tanf');
    expect(text).toMatch(/nearest #0: attack_on_us_forces 2024-03-14 al-Omar oil field .*\n {8}fails place al-Omar oil field \d+(\.\d)? km; paired with omar/);
    expect(text).toContain(`« ${ATTACK} »`);
    expect(text).toMatch(/\npredictions: .*pred\.jsonl\n$/);
  });

  it('--brief prints the figures only', () => {
    const text = runEval([f.corpus, f.gold, '--brief']);
    expect(text).toContain('by category');
    expect(text).not.toContain('── missed');
  });

  it('--json prints the report; --out writes it; --baseline compares with it', () => {
    const out = join(f.dir, 'report.json');
    const report = JSON.parse(runEval([f.corpus, f.gold, '--json', '--out', out]));
    expect(report.incidents).toMatchObject({ tp: 1, fp: 0, missed_required: 1 });
    expect(report.meta).toMatchObject({ corpus: f.corpus, gold: f.gold, extractor: expect.stringMatching(/^incident-extraction\//) });
    expect(JSON.parse(readFileSync(out, 'utf8')).gold_outcomes).toEqual(report.gold_outcomes);
    expect(runEval([f.corpus, f.gold, '--brief', '--baseline', out])).toContain(`── vs baseline ${out}\n  figures unchanged`);
  });

  it('--pred scores a predictions file instead of running the extractor', () => {
    const pred = join(f.dir, 'pred.jsonl');
    writeFileSync(pred, '{"doc": "b", "incidents": [{"category": "attack_on_us_forces", "date": null, "place": null}]}\n');
    const text = runEval([f.corpus, f.gold, '--pred', pred, '--brief']);
    expect(text).toContain('incidents  P 0  R 0  F1 0  (tp 0, fp 1, missed 2/2)');
    expect(text).toContain('negatives  clean 0/1  (predictions in b)');
  });

  it('refuses a bad command line or input with a clear error', () => {
    expect(() => runEval(['--bogus'])).toThrow(UsageError);
    expect(() => runEval(['--out'])).toThrow('--out needs a value');
    expect(() => runEval(['--brief', '--errors'])).toThrow(UsageError);
    expect(() => runEval([f.corpus, join(f.dir, 'none')])).toThrow(EvaluationInputError);
    expect(() => runEval([f.corpus, f.corpus])).toThrow(/holds no \*\.gold\.json/);
    expect(() => runEval([f.corpus, f.gold, '--baseline', join(f.gold, 'kinds.json')])).toThrow(/not an evaluation report/);
  });

  it('defaults the gold folder to the corpus path with corpus/ turned into gold/', () => {
    expect(() => runEval([join(f.dir, 'corpus', 'x')])).toThrow(`gold folder ${join(f.dir, 'gold', 'x')} does not exist`);
  });
});
