// Labels for the codes that feed readers show (the search page keeps its own, in the browser bundle).
export type FeedLang = 'ar' | 'en';

const LABELS: Record<FeedLang, Record<string, string>> = {
  ar: {
    attack_on_us_forces: 'هجوم على القوات الأمريكية', strike_on_militias: 'ضربة على الفصائل المسلحة',
    drone: 'طائرة مسيّرة', rocket: 'صواريخ', missile: 'صاروخ موجّه', mortar: 'قذائف هاون', airstrike: 'غارة جوية', artillery: 'مدفعية',
    ied: 'عبوة ناسفة', small_arms: 'أسلحة خفيفة', unknown: 'غير معروف',
    islamic_resistance_iraq: 'المقاومة الإسلامية في العراق', kataib_hezbollah: 'كتائب حزب الله', nujaba: 'حركة النجباء',
    kataib_sayyid_al_shuhada: 'كتائب سيد الشهداء', iran_backed_militia: 'فصائل مدعومة من إيران', irgc: 'الحرس الثوري الإيراني',
    us: 'الولايات المتحدة', coalition: 'التحالف الدولي', israel: 'إسرائيل',
    killed: 'القتلى', injured: 'الجرحى', actor: 'الجهة', claimed_by: 'التبنّي', target: 'الهدف', weapon: 'السلاح', place: 'المكان', date: 'التاريخ',
    sources: 'المصادر', evidence: 'الأدلة', feed: 'رصد: حوادث', all: 'كل الحوادث',
  },
  en: {
    attack_on_us_forces: 'Attack on US forces', strike_on_militias: 'Strike on militias',
    drone: 'Drone', rocket: 'Rockets', missile: 'Missile', mortar: 'Mortar', airstrike: 'Airstrike', artillery: 'Artillery',
    ied: 'IED', small_arms: 'Small arms', unknown: 'Unknown',
    islamic_resistance_iraq: 'Islamic Resistance in Iraq', kataib_hezbollah: 'Kataib Hezbollah', nujaba: 'al-Nujaba',
    kataib_sayyid_al_shuhada: 'Kataib Sayyid al-Shuhada', iran_backed_militia: 'Iran-backed militia', irgc: 'IRGC',
    us: 'United States', coalition: 'Coalition', israel: 'Israel',
    killed: 'Killed', injured: 'Injured', actor: 'Actor', claimed_by: 'Claimed by', target: 'Target', weapon: 'Weapon', place: 'Place', date: 'Date',
    sources: 'Sources', evidence: 'Evidence', feed: 'Raseed: incidents', all: 'all incidents',
  },
};

/** The label of a code; an unknown code as itself. */
export const label = (lang: FeedLang, code: string): string => LABELS[lang][code] ?? code.replace(/_/g, ' ');
