import { IncidentMention, IncidentsExtractedV1, Place } from '@raseed/contracts';
import { ArticleMention } from '@raseed/incident-clustering';

// Synthetic Arabic news for the bench: word lists, a fixed-seed generator, realistic skew.

const PLACES: Place[] = [
  ['iq-ain-al-asad', 'عين الأسد', 'Ain al-Asad', 33.8, 42.44],
  ['sy-tanf', 'التنف', 'al-Tanf', 33.5, 38.65],
  ['sy-shaddadi', 'الشدادي', 'al-Shaddadi', 36.06, 40.73],
  ['iq-erbil', 'أربيل', 'Erbil', 36.24, 43.96],
  ['sy-omar', 'حقل العمر', 'al-Omar', 35.06, 40.57],
  ['sy-conoco', 'حقل كونيكو', 'Conoco', 35.29, 40.29],
  ['iq-harir', 'حرير', 'Harir', 36.53, 44.35],
  ['sy-rmelan', 'رميلان', 'Rmelan', 37.0, 41.95],
  ['jo-tower22', 'البرج 22', 'Tower 22', 33.32, 38.7],
  ['iq-baghdad', 'بغداد', 'Baghdad', 33.31, 44.37],
  ['sy-albukamal', 'البوكمال', 'Albukamal', 34.45, 40.92],
  ['sy-mayadin', 'الميادين', 'Mayadin', 35.02, 40.45],
  ['sy-damascus', 'دمشق', 'Damascus', 33.51, 36.29],
  ['iq-qaim', 'القائم', 'al-Qaim', 34.38, 41.09],
  ['sy-hasakah', 'الحسكة', 'Hasakah', 36.5, 40.75],
  ['iq-balad', 'قاعدة بلد', 'Balad', 33.94, 44.36],
  ['iq-victory', 'قاعدة فكتوريا', 'Victory', 33.26, 44.23],
  ['sy-green-village', 'القرية الخضراء', 'Green Village', 35.08, 40.55],
].map(([id, ar, en, lat, lon]) => ({ id: id as string, name_ar: ar as string, name_en: en as string, lat: lat as number, lon: lon as number, country: null, admin1: null, ancestors: [] }));

const WORDS = (
  'هجوم استهداف قاعدة أمريكية طائرة مسيرة صواريخ قذائف الهاون القوات الأمريكية التحالف الدولي فصائل المقاومة الإسلامية في العراق كتائب حزب الله ' +
  'مصادر محلية أفادت أعلنت بيان مقتل إصابة جنود عسكريين مدنيين انفجار دوي سماع أصوات سيارات الإسعاف منطقة محيط ريف محافظة الحدود السورية العراقية ' +
  'الأردنية غارة جوية مواقع مستودعات أسلحة ذخيرة الحرس الثوري الإيراني المدعومة من إيران البنتاغون المتحدث باسم وزارة الدفاع الحكومة رئيس الوزراء ' +
  'التصعيد الأخير الحرب غزة الاحتلال الإسرائيلي ضربات انتقامية رداً على العملية الأخيرة المرصد السوري لحقوق الإنسان وكالة الأنباء مراسل قناة صحيفة ' +
  'الليلة الماضية صباح اليوم مساء أمس الخميس الجمعة السبت الأحد الاثنين الثلاثاء الأربعاء دون وقوع إصابات أضرار مادية الدفاعات الجوية اعتراض إسقاط ' +
  'تبنت مسؤولية الهجوم عبر قناتها على تلغرام حقل نفطي غاز قافلة دعم لوجستي طريق دولي السفارة المطار الدولي مقر معسكر ثكنة برج مراقبة رادار'
).split(' ');

export class Rng {
  constructor(private seed: number) {}
  next(): number {
    // mulberry32
    let t = (this.seed += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** Zipf-like pick: early entries are much more frequent. */
  skewed<T>(xs: readonly T[]): T {
    return xs[Math.floor(xs.length * this.next() ** 2.2)];
  }
}

export function sentence(rng: Rng, place: Place, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(i === 4 ? place.name_ar : rng.skewed(WORDS));
  return out.join(' ') + '.';
}

const WEAPONS = ['drone', 'rocket', 'missile', 'mortar', 'airstrike'] as const;
const ACTORS = ['islamic_resistance_iraq', 'kataib_hezbollah', 'iran_backed_militia', 'unknown', 'us', 'israel'] as const;
const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);

export function syntheticMention(rng: Rng, articleId: string, index: number, dayOffset: number, place: Place): ArticleMention {
  const category = rng.next() < 0.7 ? 'attack_on_us_forces' : 'strike_on_militias';
  const date = new Date(START + dayOffset * DAY).toISOString().slice(0, 10);
  const text = sentence(rng, place);
  const mention: IncidentMention = {
    index,
    category,
    date: { value: date, precision: 'day' },
    place,
    target: null,
    weapon: rng.pick(WEAPONS),
    actor: category === 'strike_on_militias' ? rng.pick(['us', 'israel'] as const) : rng.pick(ACTORS.slice(0, 4)),
    claimed_by: null,
    killed: rng.next() < 0.6 ? null : rng.int(6),
    injured: rng.next() < 0.6 ? null : rng.int(30),
    evidence: { category: { sentence: text, start: 0, end: text.length } },
    confidence: 0.8,
  };
  return { articleId, publishedAt: new Date(START + (dayOffset + 1) * DAY).toISOString(), outlet: `outlet-${rng.int(40)}`, url: `https://news.example/${articleId}`, mention };
}

export function syntheticPlace(rng: Rng): Place {
  const p = rng.skewed(PLACES);
  // Jitter so trigram/geo filters see many distinct points around each named place.
  return { ...p, lat: p.lat + (rng.next() - 0.5) * 0.05, lon: p.lon + (rng.next() - 0.5) * 0.05 };
}

export function articleText(rng: Rng, place: Place, sentences = 6): string {
  return Array.from({ length: sentences }, () => sentence(rng, place, 10 + rng.int(8))).join(' ');
}

export function syntheticEvent(rng: Rng, articleId: string, mentions: ArticleMention[], text: string): IncidentsExtractedV1 {
  const first = mentions[0];
  return {
    schema: 'incidents.extracted.v1',
    eventId: `ev-${articleId}`,
    articleId,
    contentHash: `h-${articleId}`,
    extractorVersion: 'bench',
    article: { url: first?.url ?? null, outlet: first?.outlet ?? null, title: text.slice(0, 60), publishedAt: first?.publishedAt ?? null, lang: 'ar', text, duplicateOf: null },
    incidents: mentions.map((m) => m.mention),
    extractedAt: new Date().toISOString(),
  };
}

export const QUERY_WORDS = ['هجوم', 'مسيرة', 'صواريخ', 'قاعدة', 'غارة', 'إصابة', 'مقتل', 'التنف', 'عين الأسد', 'أربيل', 'الشدادي', 'البوكمال', 'المطار الدولي', 'الحرس الثوري', 'برج مراقبة', 'قافلة'];
export const PLACE_NAMES = PLACES.map((p) => p.name_ar);
export const PLACE_POINTS = PLACES.map((p) => ({ lat: p.lat, lon: p.lon }));
