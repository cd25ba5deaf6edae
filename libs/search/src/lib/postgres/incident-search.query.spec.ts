import { normalisedQueryText } from './incident-search.query';

describe('normalisedQueryText', () => {
  it('normalises like the index and keeps a repeated word once', () => {
    expect(normalisedQueryText('الشدّادي  الشدادي')).toBe('الشدادي');
    expect(normalisedQueryText('الحرس الثوري الحرس')).toBe('الحرس الثوري');
  });

  it('treats quotes, "-" and "or" as text, as OpenSearch does (both back ends require every word)', () => {
    expect(normalisedQueryText('"الحرس الثوري" الحرس')).toBe('"الحرس الثوري" الحرس');
    expect(normalisedQueryText('تنف or تنف')).toBe('تنف or');
  });

  it('has nothing to search for punctuation only', () => {
    expect(normalisedQueryText(' ،.! ')).toBeNull();
    expect(normalisedQueryText(undefined)).toBeNull();
  });
});
