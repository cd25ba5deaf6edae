import { mention } from '@raseed/contracts/testing';
import { ArticleMention } from '@raseed/incident-clustering';
import { normaliseArabic } from '@raseed/arabic-text';
import { incidentSearchText, toIncidentDocument } from './incident-document.mapping';

const member = (articleId: string, overrides: Parameters<typeof mention>[0]): ArticleMention => ({
  articleId,
  publishedAt: '2024-02-03',
  outlet: null,
  url: null,
  mention: mention({ evidence: { category: { sentence: 'قصفت القوات الأمريكية مقرات الحشد في القائم.', start: 0, end: 44 } }, ...overrides }),
});
const text = (...members: ArticleMention[]) => normaliseArabic(incidentSearchText(toIncidentDocument(members)));

describe('incidentSearchText', () => {
  it('names the weapon whatever the sources called it', () => {
    const t = text(member('a', { category: 'strike_on_militias', weapon: 'airstrike', actor: 'us' }));
    expect(t).toContain(normaliseArabic('غارة'));
    expect(t).toContain('airstrike');
  });

  it('names every side reported, the striker and the claimant', () => {
    const t = text(member('a', { actor: 'kataib_hezbollah' }), member('b', { claimed_by: 'islamic_resistance_iraq' }));
    expect(t).toContain(normaliseArabic('كتائب حزب الله'));
    expect(t).toContain(normaliseArabic('المقاومة الإسلامية في العراق'));
    expect(t).toContain('islamic resistance in iraq');
  });

  it.each([
    ['kataib_hezbollah', 'كتائب حزب الله'],
    ['nujaba', 'حركة النجباء'],
    ['kataib_sayyid_al_shuhada', 'كتائب سيد الشهداء'],
  ] as const)('finds an attack by a faction of the Islamic Resistance in Iraq (%s) by the umbrella’s name too', (actor, own) => {
    for (const side of [{ actor }, { claimed_by: actor }]) {
      const t = text(member('a', side));
      expect(t).toContain(normaliseArabic(own));
      expect(t).toContain(normaliseArabic('المقاومة الإسلامية في العراق'));
      expect(t).toContain('islamic resistance in iraq');
    }
  });

  it.each(['iran_backed_militia', 'irgc', 'us', 'israel'] as const)('does not name the umbrella for %s', (actor) => {
    expect(text(member('a', { actor, claimed_by: null }))).not.toContain('islamic resistance in iraq');
  });

  it('adds nothing for an unknown weapon or side', () => {
    const none = text(member('a', { weapon: null, actor: null, claimed_by: null }));
    expect(text(member('a', { weapon: 'unknown', actor: 'unknown', claimed_by: null }))).toBe(none);
  });
});

describe('incidentSearchText and the governorate', () => {
  it('names the governorate the place lies in', () => {
    expect(text(member('a', {}))).toContain('homs');
  });
});
