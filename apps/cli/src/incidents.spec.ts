import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { incidentLines, readInputs } from './incidents';

// Articles written for this test.
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'incidents-cli-'));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ id: 'a', url: null, published_at: '2024-03-15', text: 'سقطت ثلاثة صواريخ على القاعدة الأمريكية في حقل العمر مساء أمس دون وقوع إصابات.' }));
  writeFileSync(join(dir, 'b.txt'), 'افتتح وزير الاقتصاد معرضا للصناعات الغذائية في دمشق اليوم.');
  writeFileSync(
    join(dir, 'c.jsonl'),
    [
      { id: 'c1', url: null, published_at: '2024-03-16', text: 'قالت مصادر محلية إن صواريخ سقطت على قاعدة حقل العمر الأمريكية مساء الخميس.' },
      { id: 'c2', url: null, published_at: null, text: 'أسعار الذهب ترتفع في الأسواق.' },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n'),
  );
  return dir;
}

describe('incidents CLI', () => {
  it('reads JSON, JSONL and text files with their ids', () => {
    const arts = readInputs([corpus()]);
    expect(arts.map((a) => a.id)).toEqual(['a', 'b', 'c1', 'c2']);
    expect(arts[0].publishedAt).toBe('2024-03-15');
    expect(arts[1].publishedAt).toBeNull();
  });

  it('prints one scorer line per article, negatives included', () => {
    const lines = incidentLines(readInputs([corpus()])).map((l) => JSON.parse(l));
    expect(lines.map((l) => l.doc)).toEqual(['a', 'b', 'c1', 'c2']);
    expect(lines[1].incidents).toEqual([]);
    expect(lines[0].incidents[0]).toMatchObject({
      category: 'attack_on_us_forces',
      date: '2024-03-14',
      place: { name_en: 'al-Omar oil field' },
      weapon: 'rocket',
      killed: 0,
      injured: 0,
    });
    expect(typeof lines[0].incidents[0].cluster).toBe('string');
    // The sentences each field was read from, for the eval CLI's error listing.
    expect(lines[0].incidents[0].evidence.category.sentence).toContain('حقل العمر');
  });
});
