import { detectLanguage } from './language-detector';

describe('detectLanguage', () => {
  it('calls Arabic text with a few Latin names Arabic', () => {
    expect(detectLanguage('قالت وكالة Reuters إن الاجتماع انتهى دون اتفاق بين الوفدين.').lang).toBe('ar');
  });
  it('calls English English', () => {
    expect(detectLanguage('The meeting ended without an agreement between the delegations.')).toMatchObject({ lang: 'en', arabicRatio: 0 });
  });
  it('tells Persian from Arabic though both use the Arabic script', () => {
    expect(detectLanguage('این گزارش می‌گوید که پهپاد به یک پایگاه نظامی برخورد کرد.').lang).toBe('fa');
  });
  it('keeps Arabic that borrows گ or چ for a foreign name Arabic', () => {
    expect(detectLanguage('وصل المبعوث چارلز إلى بغداد، والتقى رئيس الوزراء في مكتبه.').lang).toBe('ar');
  });
});
