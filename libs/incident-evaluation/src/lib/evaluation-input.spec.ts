import { EvaluationInputError, parseGoldDocument, parsePredictionLines } from './evaluation-input';

describe('parseGoldDocument', () => {
  it('reads a gold file, an absent incident list meaning none', () => {
    expect(parseGoldDocument('{"doc": 7, "published_at": null}', 'x.gold.json')).toEqual({ doc: '7', published_at: null, incidents: [] });
  });

  it.each([
    ['{"doc": "a", "incidents": [}', /x.gold.json: not JSON/],
    ['[1]', /one JSON object/],
    ['{"incidents": []}', /x.gold.json: no "doc"/],
    ['{"doc": "a", "incidents": {}}', /"incidents" must be a list/],
    ['{"doc": "a", "incidents": [{"category": "attack_on_us_forces"}]}', /incident 1 has no "gid"/],
    ['{"doc": "a", "incidents": [{"gid": "g"}]}', /incident 1 \(g\) has no "category"/],
    ['{"doc": "a", "incidents": [{"gid": "g", "category": "c", "date": "2024-01-01"}]}', /"date" must be a list/],
    ['{"doc": "a", "incidents": [{"gid": "g", "category": "c", "place": "Hasakah"}]}', /"place" must be an object/],
  ])('refuses %s with a clear error', (text, message) => {
    expect(() => parseGoldDocument(text, 'x.gold.json')).toThrow(EvaluationInputError);
    expect(() => parseGoldDocument(text, 'x.gold.json')).toThrow(message);
  });
});

describe('parsePredictionLines', () => {
  it('reads one document per line, skipping blank lines; a line without a list predicts nothing', () => {
    const text = '{"doc": "a", "incidents": [{"category": "c", "evidence": {}}]}\n\n{"doc": 2}\n';
    expect(parsePredictionLines(text, 'p.jsonl')).toEqual([
      { doc: 'a', incidents: [{ category: 'c', evidence: {} }] },
      { doc: '2', incidents: [] },
    ]);
  });

  it('names the file and line of a bad line', () => {
    expect(() => parsePredictionLines('{"doc": "a"}\n{"doc": ', 'p.jsonl')).toThrow(/^p.jsonl:2: not JSON/);
    expect(() => parsePredictionLines('{"incidents": []}', 'p.jsonl')).toThrow('p.jsonl:1: no "doc"');
    expect(() => parsePredictionLines('{"doc": "a", "incidents": [1]}', 'p.jsonl')).toThrow('p.jsonl:1: incident 1 is not an object');
  });
});
