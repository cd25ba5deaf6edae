import { normalisedQueryText } from './incident-search.query';

describe('normalisedQueryText', () => {
  it('normalises like the index and keeps a repeated word once', () => {
    expect(normalisedQueryText('الشدّادي  الشدادي')).toBe('الشدادي');
    expect(normalisedQueryText('الحرس الثوري الحرس')).toBe('الحرس الثوري');
  });

  it('leaves queries with search syntax as they are (a repeat there can mean something)', () => {
    expect(normalisedQueryText('"الحرس الثوري" الحرس')).toBe('"الحرس الثوري" الحرس');
    expect(normalisedQueryText('هجوم -هجوم')).toBe('هجوم -هجوم');
    expect(normalisedQueryText('تنف or تنف')).toBe('تنف or تنف');
  });

  it('has nothing to search for punctuation only', () => {
    expect(normalisedQueryText(' ،.! ')).toBeNull();
    expect(normalisedQueryText(undefined)).toBeNull();
  });
});
