import { readCsv } from '../testing';
import { ASAD, TWO_REPORTS, UNLOCATED } from '../../test/incidents';
import { csvHeader, csvRow } from './csv';
import { RECORD_COLUMNS } from './export-incident';

describe('CSV export', () => {
  const text = csvHeader() + csvRow(TWO_REPORTS) + csvRow(UNLOCATED);

  it('starts with a UTF-8 BOM and the ACLED-like header, with CRLF rows', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, text.indexOf('\r\n')).split(',')).toEqual([...RECORD_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV parser: Arabic, commas, quotes and line breaks intact', () => {
    const [row, bare] = readCsv(text);
    expect(row).toMatchObject({
      incident_id: TWO_REPORTS.id,
      event_date: '2024-01-20',
      date_precision: 'day',
      category: 'attack_on_us_forces',
      actor: 'islamic_resistance_iraq',
      target: 'قاعدة "عين الأسد"، الجوية',
      location: 'Ain al-Asad',
      location_ar: 'عين الأسد',
      admin1: 'Anbar',
      country: 'IQ',
      latitude: String(ASAD.lat),
      longitude: String(ASAD.lon),
      weapon: 'missile',
      sources_count: '2',
      source_urls: 'https://news.example/a1 | https://news.example/a2',
      outlets: 'وكالة الخليج | أخبار المشرق',
    });
    // The latest report's figure, as the incident page shows it.
    expect(row.injured).toBe('6');
    expect(row.killed).toBe('');
    expect(row.notes.split(' | ')).toEqual([
      'وكالة الخليج: أسفر الهجوم عن إصابة 4 جنود، بحسب مسؤول',
      'وكالة الخليج: استهدفت صواريخ باليستية القاعدة',
      'أخبار المشرق: ارتفع عدد المصابين إلى 6\nفي حصيلة جديدة',
    ]);
    expect(bare).toMatchObject({ latitude: '', longitude: '', location: '', event_date: '', sources_count: '1', source_urls: 'https://news.example/u1' });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const [, bare] = readCsv(text);
    expect(bare.target).toBe(`'=HYPERLINK("http://evil")`);
    expect(bare.notes).toBe(`'+هجوم بلا مكان`);
  });
});
