// Gazetteer data: places in Syria, Iraq and Jordan that recur in reporting on attacks
// on US forces and strikes on Iran-backed groups. One row per place: id, English name,
// Arabic spellings (any clitic/article variant, hamza, taa marbuta and alif maqsura form is
// matched automatically, so list only genuinely different spellings), coordinates (decimal
// degrees, WGS84), country, parent id (base → town → governorate), kind and flags. Add rows
// freely; ids must be unique. These hand-curated rows are merged with the towns generated
// from GeoNames (geonames.data.ts, built by tools/gazetteer/build.ts); a curated row wins.

export type PlaceKind =
  | 'country'
  | 'governorate'
  | 'district'
  | 'city'
  | 'town'
  | 'village'
  | 'neighbourhood'
  | 'base'
  | 'oilfield'
  | 'airport'
  | 'facility'
  | 'region'
  | 'crossing'
  | 'camp'
  | 'dam';

export interface PlaceRow {
  id: string;
  en: string;
  /** Spellings matched wherever they stand (subject to the row's `cue` / `metonym` flags). */
  ar: string[];
  lat: number;
  lon: number;
  country: 'SY' | 'IQ' | 'JO' | 'IR' | 'LB' | 'QA' | 'KW' | 'AE' | 'SA' | 'BH';
  parent: string | null;
  kind: PlaceKind;
  /** Hosts US or coalition forces (an attack there is an attack on US forces). */
  us?: boolean;
  /** The day the coalition handed the site over to Iraq (2020): told of later, it hosts no US forces. */
  usUntil?: string;
  /** An area whose best-known target is a US site (the Green Zone and the embassy): US unless the sentence names
   * another's site in it ("مقر إقامة رئيس الوزراء في المنطقة الخضراء"). */
  usArea?: boolean;
  /** The name is also an ordinary word: only match after a place noun (منطقة، مدينة، قاعدة …). */
  cue?: boolean;
  /** A capital also used for its government ("اتهمت دمشق"): a place only after a preposition or place word. */
  metonym?: boolean;
  /** For a country: the US site an attack "in <country>" refers to when no other place is named. */
  usDefault?: string;
  /** For a governorate or countryside region on the Iraq–Syria border: the border town a strike "at the border" there is told of. */
  borderDefault?: string;
  /** Spellings of any length matched only after a place noun or a locative preposition ("في تسيل"). */
  cueAr?: string[];
  /** Spellings that are ordinary words ("الباب", "السلمية"): matched only right after a place noun ("مدينة الباب"). */
  nounAr?: string[];
  /** Generic names ("حي الصناعة"): matched only when the enclosing town (or a place in it) is named in the sentence or article. */
  localAr?: string[];
  /** For a country: adjective forms ("الأردنية") matched after a border/territory word ("الحدود الأردنية") or another such adjective. */
  adjectives?: string[];
  /** Preferred reading of a name several rows share when the context does not decide. */
  primary?: boolean;
  /** GeoNames id of the same place (rows generated from or merged with GeoNames). */
  geonameid?: number;
  /** GeoNames population (0 or absent: unknown); ranks homonyms. */
  population?: number;
  /** 'geonames' for rows generated from GeoNames (a hand-curated row is preferred over them). */
  source?: 'geonames';
}

type Flags = Partial<Omit<PlaceRow, 'id' | 'en' | 'ar' | 'lat' | 'lon' | 'country' | 'parent' | 'kind'>>;
const r = (
  id: string, en: string, ar: string[], lat: number, lon: number, country: PlaceRow['country'],
  parent: string | null, kind: PlaceKind, flags: Flags = {},
): PlaceRow => ({ id, en, ar, lat, lon, country, parent, kind, ...flags });

export const PLACES: PlaceRow[] = [
  // ── Countries (never an incident place on their own; anchors for the hierarchy) ──
  r('sy', 'Syria', ['سوريا', 'سورية', 'الأراضي السورية', 'الجمهورية العربية السورية'], 34.8, 38.99, 'SY', null, 'country', { adjectives: ['السورية', 'السوري'] }),
  r('iq', 'Iraq', ['العراق', 'الأراضي العراقية'], 33.22, 43.68, 'IQ', null, 'country', { adjectives: ['العراقية', 'العراقي'] }),
  r('jo', 'Jordan', ['الأردن', 'الاردن', 'الأراضي الأردنية', 'المملكة الأردنية'], 31.24, 36.51, 'JO', null, 'country', { usDefault: 'jo-tower-22', adjectives: ['الأردنية', 'الأردني'] }),
  // Lebanon only as a country: a sentence about it does not make its village names Syrian or Jordanian ones.
  r('lb', 'Lebanon', ['لبنان', 'الأراضي اللبنانية', 'جنوب لبنان'], 33.85, 35.86, 'LB', null, 'country', { adjectives: ['اللبنانية', 'اللبناني'] }),
  r('ir', 'Iran', ['إيران', 'الأراضي الإيرانية'], 32.43, 53.69, 'IR', null, 'country', { adjectives: ['الإيرانية', 'الإيراني'] }),
  // Gulf states that host US bases Iran struck directly (Al Udeid, June 2025): anchors for those bases only.
  r('qa', 'Qatar', ['قطر', 'دولة قطر', 'الأراضي القطرية'], 25.3, 51.2, 'QA', null, 'country', { usDefault: 'qa-al-udeid', adjectives: ['القطرية', 'القطري'] }),
  r('kw', 'Kuwait', ['دولة الكويت', 'الأراضي الكويتية'], 29.3, 47.6, 'KW', null, 'country', { adjectives: ['الكويتية', 'الكويتي'] }),
  r('ae', 'United Arab Emirates', ['الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات'], 24.0, 54.0, 'AE', null, 'country', { adjectives: ['الإماراتية', 'الإماراتي'] }),
  r('sa', 'Saudi Arabia', ['السعودية', 'المملكة العربية السعودية', 'الأراضي السعودية'], 24.0, 45.0, 'SA', null, 'country', { adjectives: ['السعودية', 'السعودي'] }),
  r('bh', 'Bahrain', ['البحرين', 'مملكة البحرين'], 26.07, 50.55, 'BH', null, 'country', { adjectives: ['البحرينية', 'البحريني'] }),

  // ── US bases in the Gulf (named with their noun: "العديد" alone is the word "many") ──
  r('qa-al-udeid', 'Al Udeid', ['قاعدة العديد', 'قاعدة العديد الجوية', 'قاعدة العُديد', 'قاعدة العديد العسكرية'], 25.117, 51.315, 'QA', 'qa', 'base', { us: true }),
  r('kw-ali-al-salem', 'Ali Al Salem Air Base', ['قاعدة علي السالم', 'قاعدة علي السالم الجوية'], 29.347, 47.521, 'KW', 'kw', 'base', { us: true }),
  r('kw-arifjan', 'Camp Arifjan', ['معسكر عريفجان', 'قاعدة عريفجان', 'معسكر عريفجان الأمريكي'], 28.93, 48.1, 'KW', 'kw', 'base', { us: true }),
  r('kw-buehring', 'Camp Buehring', ['معسكر بيورينغ', 'معسكر بويرينغ', 'قاعدة بيورينغ'], 29.69, 47.42, 'KW', 'kw', 'base', { us: true }),
  r('ae-al-dhafra', 'Al Dhafra Air Base', ['قاعدة الظفرة', 'قاعدة الظفرة الجوية'], 24.248, 54.547, 'AE', 'ae', 'base', { us: true }),
  r('sa-prince-sultan', 'Prince Sultan Air Base', ['قاعدة الأمير سلطان', 'قاعدة الأمير سلطان الجوية'], 24.062, 47.58, 'SA', 'sa', 'base', { us: true }),
  r('bh-nsa-bahrain', 'NSA Bahrain', ['مقر الأسطول الخامس', 'قاعدة الجفير', 'مقر الأسطول الخامس الأمريكي'], 26.21, 50.61, 'BH', 'bh', 'base', { us: true }),

  // ── Syria: governorates (coordinates of the capital city) ──
  r('sy-damascus', 'Damascus', ['دمشق', 'العاصمة السورية'], 33.513, 36.292, 'SY', 'sy', 'governorate', { metonym: true }),
  r('sy-rif-dimashq', 'Rif Dimashq', ['ريف دمشق', 'محافظة ريف دمشق'], 33.57, 36.4, 'SY', 'sy', 'governorate'),
  r('sy-aleppo', 'Aleppo', ['حلب'], 36.202, 37.134, 'SY', 'sy', 'governorate'),
  r('sy-homs', 'Homs', ['حمص'], 34.731, 36.709, 'SY', 'sy', 'governorate'),
  r('sy-hama', 'Hama', ['حماة', 'حماه'], 35.132, 36.757, 'SY', 'sy', 'governorate'),
  r('sy-latakia', 'Latakia', ['اللاذقية'], 35.523, 35.791, 'SY', 'sy', 'governorate'),
  r('sy-tartus', 'Tartus', ['طرطوس'], 34.889, 35.887, 'SY', 'sy', 'governorate'),
  r('sy-idlib', 'Idlib', ['إدلب', 'ادلب'], 35.93, 36.634, 'SY', 'sy', 'governorate'),
  r('sy-raqqa', 'Raqqa', ['الرقة'], 35.952, 39.009, 'SY', 'sy', 'governorate'),
  r('sy-deir-ez-zor', 'Deir ez-Zor', ['دير الزور', 'ديرالزور', 'دير الزور', 'ديرالزّور'], 35.336, 40.14, 'SY', 'sy', 'governorate', { borderDefault: 'sy-albukamal' }),
  r('sy-hasakah', 'Hasakah', ['الحسكة', 'الحسكه'], 36.5, 40.75, 'SY', 'sy', 'governorate'),
  r('sy-daraa', 'Daraa', ['درعا'], 32.625, 36.106, 'SY', 'sy', 'governorate'),
  r('sy-suwayda', 'Suwayda', ['السويداء'], 32.709, 36.566, 'SY', 'sy', 'governorate'),
  r('sy-quneitra', 'Quneitra', ['القنيطرة'], 33.126, 35.824, 'SY', 'sy', 'governorate'),

  // ── Syria: Deir ez-Zor ──
  r('sy-omar-field', 'al-Omar oil field', ['حقل العمر', 'حقل العمر النفطي', 'حقل عمر', 'قاعدة العمر', 'حقول العمر', 'حقل العمر للنفط', 'حقل نفط العمر'], 35.06, 40.57, 'SY', 'sy-deir-east', 'oilfield', { us: true }),
  r('sy-green-village', 'Green Village', ['القرية الخضراء', 'قرية الخضراء', 'غرين فيليج'], 35.08, 40.55, 'SY', 'sy-omar-field', 'base', { us: true, localAr: ['المنطقة الخضراء'] }),
  r('sy-conoco', 'Conoco gas field', ['كونيكو', 'كونوكو', 'حقل كونيكو', 'حقل غاز كونيكو', 'حقل الغاز كونيكو', 'معمل كونيكو', 'كونكو', 'معمل غاز كونيكو', 'معمل غاز كونوكو', 'موقع دعم المهمة الفرات', 'موقع دعم مهمة الفرات', 'موقع دعم المهمات الفرات'], 35.29, 40.29, 'SY', 'sy-deir-east', 'oilfield', { us: true }),
  r('sy-tabiyeh', 'al-Tabiyah', ['الطابية', 'جديد عكيدات'], 35.27, 40.3, 'SY', 'sy-deir-east', 'town'),
  r('sy-khasham', 'Khasham', ['خشام'], 35.28, 40.32, 'SY', 'sy-deir-east', 'town'),
  r('sy-mayadin', 'Mayadin', ['الميادين', 'الميادين'], 35.02, 40.45, 'SY', 'sy-deir-east', 'city'),
  r('sy-ain-ali', 'Ain Ali shrine', ['عين علي', 'مزار عين علي'], 34.98, 40.5, 'SY', 'sy-mayadin', 'facility'),
  r('sy-quriyah', 'al-Quriyah', ['القورية'], 34.96, 40.52, 'SY', 'sy-mayadin', 'town'),
  r('sy-ashara', 'al-Ashara', ['العشارة'], 34.92, 40.56, 'SY', 'sy-deir-east', 'town'),
  r('sy-albukamal', 'Albukamal', ['البوكمال', 'البو كمال', 'أبو كمال', 'ابو كمال', 'البوكمال الحدودية', 'معبر البوكمال'], 34.45, 40.92, 'SY', 'sy-deir-east', 'city'),
  r('sy-hamdan', 'Hamdan airport', ['مطار الحمدان', 'مطار حمدان'], 34.48, 40.88, 'SY', 'sy-albukamal', 'airport'),
  r('sy-hajin', 'Hajin', ['هجين'], 34.69, 40.83, 'SY', 'sy-deir-east', 'town'),
  r('sy-busayrah', 'al-Busayrah', ['البصيرة'], 35.15, 40.43, 'SY', 'sy-deir-east', 'town', { cue: true }),
  r('sy-shuhayl', 'al-Shuhayl', ['الشحيل'], 35.06, 40.49, 'SY', 'sy-deir-east', 'town'),
  r('sy-dhiban', 'Dhiban', ['ذيبان'], 35.01, 40.51, 'SY', 'sy-deir-east', 'town'),
  r('sy-deir-airport', 'Deir ez-Zor airport', ['مطار دير الزور', 'مطار دير الزور العسكري'], 35.285, 40.176, 'SY', 'sy-deir-ez-zor', 'airport'),
  r('sy-harabesh', 'Harabesh', ['هرابش', 'حي هرابش'], 35.32, 40.17, 'SY', 'sy-deir-ez-zor', 'neighbourhood'),
  r('sy-muhassan', 'Muhassan', ['موحسن'], 35.23, 40.29, 'SY', 'sy-deir-east', 'town'),
  r('sy-salihiyah', 'al-Salihiyah', ['الصالحية'], 35.28, 40.22, 'SY', 'sy-deir-ez-zor', 'town', { cue: true }),
  r('sy-jalaa', 'al-Jalaa', ['الجلاء'], 34.63, 40.91, 'SY', 'sy-albukamal', 'town', { cue: true }),
  r('sy-hari', 'al-Hari', ['الهري'], 34.43, 40.96, 'SY', 'sy-albukamal', 'village', { cue: true }),
  r('sy-murat', 'Murat', ['مراط'], 35.31, 40.21, 'SY', 'sy-deir-east', 'village'),
  r('sy-tabni', 'al-Tabni', ['التبني'], 35.55, 39.77, 'SY', 'sy-deir-west', 'town', { cue: true }),
  r('sy-jafra', 'al-Jafra field', ['حقل الجفرة', 'الجفرة'], 35.24, 40.33, 'SY', 'sy-deir-east', 'oilfield'),
  r('sy-tanak', 'al-Tanak oil field', ['حقل التنك', 'التنك'], 34.97, 40.72, 'SY', 'sy-deir-east', 'oilfield', { cue: true }),
  r('sy-t2', 'T-2 pumping station', ['محطة T2'], 34.58, 40.72, 'SY', 'sy-deir-east', 'facility'),

  r('sy-baghuz', 'al-Baghuz', ['الباغوز', 'باغوز'], 34.44, 40.95, 'SY', 'sy-albukamal', 'village'),
  r('sy-susa', 'al-Susah', ['السوسة'], 34.48, 40.88, 'SY', 'sy-albukamal', 'village', { cue: true }),
  r('sy-shafa', "al-Sha'fah", ['الشعفة'], 34.55, 40.88, 'SY', 'sy-deir-east', 'village'),
  r('sy-hawaij', 'al-Hawaij', ['الحوايج', 'حوايج ذياب'], 35.03, 40.51, 'SY', 'sy-deir-east', 'village', { cue: true }),
  r('sy-abu-hamam', 'Abu Hamam', ['أبو حمام', 'ابو حمام'], 34.85, 40.68, 'SY', 'sy-deir-east', 'town'),
  r('sy-hasrat', 'Hasrat', ['الحسرات'], 34.55, 40.93, 'SY', 'sy-albukamal', 'village', { cue: true }),
  r('sy-sabikhan', 'Subaykhan', ['صبيخان'], 34.82, 40.65, 'SY', 'sy-deir-east', 'village'),
  r('sy-muhkan', 'Muhkan', ['محكان'], 34.9, 40.6, 'SY', 'sy-deir-east', 'village'),
  r('sy-hatla', 'Hatla', ['حطلة'], 35.36, 40.19, 'SY', 'sy-deir-east', 'village'),
  r('sy-husseiniyah', 'al-Husayniyah', ['الحسينية'], 35.36, 40.13, 'SY', 'sy-deir-ez-zor', 'village', { cue: true }),
  r('sy-mazloum', 'Mazloum', ['مظلوم'], 35.23, 40.29, 'SY', 'sy-deir-east', 'village', { cue: true }),
  r('sy-mariiya', "al-Mari'iyah", ['المريعية'], 35.27, 40.2, 'SY', 'sy-deir-east', 'village'),
  r('sy-haydariyah', 'al-Haydariyah', ['الحيدرية'], 34.99, 40.41, 'SY', 'sy-mayadin', 'village'),
  r('sy-ayyash', 'Ayyash depots', ['عياش', 'مستودعات عياش'], 35.29, 39.98, 'SY', 'sy-deir-west', 'facility', { cue: true }),
  r('sy-thardeh', 'Jabal Thardah', ['جبل الثردة', 'الثردة'], 35.27, 40.22, 'SY', 'sy-deir-ez-zor', 'facility'),
  r('sy-qamishli-airport', 'Qamishli airport', ['مطار القامشلي'], 37.02, 41.19, 'SY', 'sy-qamishli', 'airport'),
  r('sy-masyaf', 'Masyaf', ['مصياف'], 35.07, 36.34, 'SY', 'sy-hama', 'town'),
  r('sy-hama-airport', 'Hama airbase', ['مطار حماة', 'مطار حماة العسكري'], 35.12, 36.71, 'SY', 'sy-hama', 'airport'),
  r('sy-al-nayrab-camp', 'Nayrab', ['النيرب'], 36.18, 37.22, 'SY', 'sy-aleppo-airport', 'facility', { cue: true }),
  r('sy-hamdaniyah', 'Hamdaniyah', ['الحمدانية'], 36.19, 37.12, 'SY', 'sy-aleppo', 'neighbourhood', { cue: true }),

  // Countryside quadrants: where a report names no town, a point in that quarter beats the
  // governorate capital (the eastern Deir ez-Zor countryside is 60+ km from the city).
  r('sy-deir-east', 'eastern Deir ez-Zor countryside', ['ريف دير الزور الشرقي', 'ريف ديرالزور الشرقي', 'الريف الشرقي لدير الزور'], 35.0, 40.55, 'SY', 'sy-deir-ez-zor', 'region', { borderDefault: 'sy-albukamal' }),
  r('sy-deir-west', 'western Deir ez-Zor countryside', ['ريف دير الزور الغربي', 'ريف ديرالزور الغربي', 'الريف الغربي لدير الزور'], 35.55, 39.85, 'SY', 'sy-deir-ez-zor', 'region'),
  r('sy-deir-north', 'northern Deir ez-Zor countryside', ['ريف دير الزور الشمالي', 'ريف ديرالزور الشمالي'], 35.6, 40.35, 'SY', 'sy-deir-ez-zor', 'region'),
  r('sy-hasakah-south', 'southern Hasakah countryside', ['ريف الحسكة الجنوبي', 'الريف الجنوبي للحسكة'], 36.1, 40.75, 'SY', 'sy-hasakah', 'region'),
  r('sy-hasakah-north', 'northern Hasakah countryside', ['ريف الحسكة الشمالي', 'الريف الشمالي للحسكة'], 36.75, 40.65, 'SY', 'sy-hasakah', 'region'),
  r('sy-hasakah-east', 'eastern Hasakah countryside', ['ريف الحسكة الشرقي', 'ريف الحسكة الشمالي الشرقي'], 36.75, 41.6, 'SY', 'sy-hasakah', 'region'),

  r('sy-imam-ali', 'Imam Ali compound', ['قاعدة الإمام علي', 'مجمع الإمام علي', 'معسكر الإمام علي'], 34.47, 40.89, 'SY', 'sy-albukamal', 'base'),
  r('sy-shuaytat', "al-Shu'aytat", ['الشعيطات'], 34.87, 40.64, 'SY', 'sy-deir-east', 'region'),
  r('sy-granij', 'Gharanij', ['غرانيج'], 34.77, 40.75, 'SY', 'sy-deir-east', 'town'),
  r('sy-kishkiyah', 'al-Kishkiyah', ['الكشكية'], 34.83, 40.7, 'SY', 'sy-deir-east', 'village'),
  r('sy-himo', 'Himo base', ['هيمو', 'قاعدة هيمو'], 37.02, 41.12, 'SY', 'sy-qamishli', 'base', { us: true }),

  // Quarters of Albukamal and Deir ez-Zor city. Generic names ("حي الصناعة") exist in many towns:
  // they count only when their town (or a place in it) is named nearby (localAr).
  r('sy-albukamal-sinaa', 'Albukamal industrial quarter', [], 34.458, 40.928, 'SY', 'sy-albukamal', 'neighbourhood', { localAr: ['حي الصناعة', 'الحي الصناعي', 'المنطقة الصناعية', 'منطقة الصناعة'] }),
  r('sy-albukamal-green-belt', 'Green Belt (Albukamal)', [], 34.44, 40.9, 'SY', 'sy-albukamal', 'neighbourhood', { localAr: ['الحزام الأخضر', 'حي الحزام الأخضر', 'منطقة الحزام الأخضر', 'منطقة الحزام'] }),
  r('sy-albukamal-sikka', 'al-Sikka (Albukamal)', [], 34.452, 40.912, 'SY', 'sy-albukamal', 'neighbourhood', { localAr: ['حي السكة', 'منطقة السكة'] }),
  r('sy-albukamal-hajana', 'al-Hajana (Albukamal)', [], 34.447, 40.925, 'SY', 'sy-albukamal', 'neighbourhood', { localAr: ['حي الهجانة'] }),
  r('sy-albukamal-jamiyat', 'al-Jamiyat (Albukamal)', [], 34.46, 40.915, 'SY', 'sy-albukamal', 'neighbourhood', { localAr: ['حي الجمعيات'] }),
  r('sy-suwaiyah', "al-Suwai'ah", [], 34.46, 40.99, 'SY', 'sy-albukamal', 'village', { cueAr: ['السويعية'] }),
  r('sy-deir-jorah', 'al-Jorah (Deir ez-Zor)', ['حي الجورة'], 35.335, 40.12, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['الجورة'] }),
  r('sy-deir-qusour', 'al-Qusour (Deir ez-Zor)', [], 35.34, 40.128, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['حي القصور'] }),
  r('sy-deir-huweiqa', 'al-Huweiqa (Deir ez-Zor)', ['حي الحويقة'], 35.345, 40.155, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['الحويقة'] }),
  r('sy-deir-rushdiyah', 'al-Rushdiyah (Deir ez-Zor)', [], 35.328, 40.152, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['حي الرشدية'] }),
  r('sy-deir-jubaila', 'al-Jubaila (Deir ez-Zor)', [], 35.345, 40.135, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['حي الجبيلة'] }),
  r('sy-deir-ummal', 'al-Ummal (Deir ez-Zor)', [], 35.33, 40.14, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['حي العمال'] }),
  r('sy-deir-sinaa', 'Deir ez-Zor industrial quarter', [], 35.352, 40.128, 'SY', 'sy-deir-ez-zor', 'neighbourhood', { localAr: ['حي الصناعة', 'المنطقة الصناعية'] }),
  r('sy-huwayjat-saqr', 'Huwayjat Saqr', ['حويجة صكر', 'جزيرة حويجة صكر', 'حويجة صقر'], 35.33, 40.17, 'SY', 'sy-deir-ez-zor', 'neighbourhood'),
  // Villages and desert around the bases and the strike sites (coordinates to within a few km).
  r('sy-izba', 'al-Izba', ['قرية العزبة', 'بلدة العزبة'], 35.36, 40.27, 'SY', 'sy-deir-east', 'village', { cueAr: ['العزبة'] }),
  r('sy-shibli', 'al-Shibli', ['بادية الشبلي'], 34.93, 40.33, 'SY', 'sy-mayadin', 'village', { cueAr: ['الشبلي'] }),
  r('sy-mayadin-desert', 'Mayadin desert', ['بادية الميادين'], 34.9, 40.3, 'SY', 'sy-mayadin', 'district'),
  r('sy-bishri', 'al-Bishri desert', ['بادية البشري', 'جبل البشري', 'جبال البشري'], 35.35, 39.4, 'SY', 'sy-deir-west', 'region'),
  // ── Syria: Hasakah ──
  r('sy-shaddadi', 'al-Shaddadi', ['الشدادي', 'الشدادة', 'شدادي'], 36.06, 40.73, 'SY', 'sy-hasakah-south', 'town', { us: true }),
  r('sy-jibsa', 'al-Jibsa fields', ['حقول الجبسة', 'الجبسة'], 36.02, 40.8, 'SY', 'sy-shaddadi', 'oilfield', { us: true }),
  r('sy-tal-baydar', 'Tal Baydar', ['تل بيدر', 'تل البيدر', 'تل بيدار'], 36.72, 40.6, 'SY', 'sy-hasakah-north', 'base', { us: true }),
  r('sy-qasrak', 'Qasrak', ['قسرك', 'قصرك'], 36.7, 40.5, 'SY', 'sy-hasakah-north', 'base', { us: true }),
  r('sy-rmelan', 'Rmelan', ['رميلان', 'الرميلان', 'مطار أبو حجر', 'أبو حجر', 'مطار رميلان', 'مطار الرميلان', 'رميلات', 'رومالين', 'روميلان'], 37.0, 41.95, 'SY', 'sy-hasakah-east', 'town', { us: true }),
  r('sy-kharab-al-jir', 'Kharab al-Jir', ['خراب الجير', 'خراب الجير', 'مطار خراب الجير'], 36.84, 42.02, 'SY', 'sy-rmelan', 'base', { us: true }),
  r('sy-yarubiyah', 'al-Yarubiyah', ['اليعربية', 'تل كوجر'], 36.81, 42.06, 'SY', 'sy-hasakah-east', 'town'),
  r('sy-qamishli', 'Qamishli', ['القامشلي', 'قامشلو'], 37.05, 41.22, 'SY', 'sy-hasakah', 'city'),
  r('sy-malikiyah', 'al-Malikiyah', ['المالكية', 'ديريك'], 37.17, 42.14, 'SY', 'sy-hasakah-east', 'town'),
  r('sy-qahtaniyah', 'al-Qahtaniyah', ['القحطانية'], 37.04, 41.66, 'SY', 'sy-hasakah-east', 'town'),
  r('sy-tal-tamr', 'Tal Tamr', ['تل تمر'], 36.65, 40.37, 'SY', 'sy-hasakah', 'town'),
  r('sy-ras-al-ain', 'Ras al-Ain', ['رأس العين', 'سري كانيه'], 36.85, 40.07, 'SY', 'sy-hasakah', 'town'),
  r('sy-hol', 'al-Hol', ['الهول', 'مخيم الهول'], 36.38, 41.15, 'SY', 'sy-hasakah-east', 'town', { cue: true }),
  r('sy-lafarge', 'Lafarge cement plant', ['لافارج', 'معمل لافارج', 'قاعدة لافارج', 'لايف ستون', 'قاعدة لايف ستون'], 36.54, 38.55, 'SY', 'sy-raqqa', 'base', { us: true }),
  r('sy-jaffal', 'al-Jaffal', ['قرية الجفال'], 36.86, 41.98, 'SY', 'sy-hasakah-east', 'village', { cueAr: ['الجفال'] }),
  r('sy-tal-shayer', 'Tal al-Shayer', ['تل الشاير'], 36.45, 41.3, 'SY', 'sy-hasakah-east', 'village'),

  // ── Syria: Raqqa, Aleppo ──
  r('sy-tabqa', 'Tabqa', ['الطبقة'], 35.84, 38.55, 'SY', 'sy-raqqa', 'city', { cue: true }),
  r('sy-ain-issa', 'Ain Issa', ['عين عيسى'], 36.38, 38.86, 'SY', 'sy-raqqa', 'town'),
  r('sy-kobani', 'Kobani', ['عين العرب', 'كوباني'], 36.89, 38.35, 'SY', 'sy-aleppo', 'town'),
  r('sy-kharab-ishk', 'Kharab Ishk', ['خراب عشق', 'قاعدة خراب عشق'], 36.56, 38.41, 'SY', 'sy-kobani', 'base', { us: true }),
  r('sy-manbij', 'Manbij', ['منبج'], 36.53, 37.95, 'SY', 'sy-aleppo', 'city'),
  r('sy-aleppo-airport', 'Aleppo airport', ['مطار حلب', 'مطار حلب الدولي', 'مطار النيرب'], 36.18, 37.22, 'SY', 'sy-aleppo', 'airport'),
  r('sy-safira', 'al-Safira', ['السفيرة'], 36.07, 37.37, 'SY', 'sy-aleppo', 'town', { cue: true }),

  // ── Syria: Homs desert, tri-border ──
  r('sy-tanf', 'al-Tanf', ['التنف', 'قاعدة التنف', 'منطقة الـ55', 'منطقة ال55'], 33.5, 38.65, 'SY', 'sy-homs', 'base', { us: true }),
  r('sy-zakf', 'al-Zakf garrison', ['الزكف', 'قاعدة الزكف'], 33.93, 40.2, 'SY', 'sy-homs', 'base', { us: true }),
  r('sy-rukban', 'Rukban', ['الركبان', 'مخيم الركبان'], 33.3, 38.7, 'SY', 'sy-homs', 'town'),
  // ("غارات فجرية تدمر مستودعات عياش": also the verb "destroys"; the town after a place noun or a preposition.)
  r('sy-palmyra', 'Palmyra', ['تدمر'], 34.55, 38.27, 'SY', 'sy-homs', 'city', { cue: true }),
  r('sy-t4', 'T4 airbase', ['التيفور', 'مطار التيفور', 'مطار T4', 'مطار التياس', 'التياس', 'مطار تي فور'], 34.52, 37.63, 'SY', 'sy-homs', 'airport'),
  r('sy-shayrat', 'Shayrat airbase', ['الشعيرات', 'مطار الشعيرات'], 34.49, 36.91, 'SY', 'sy-homs', 'airport'),
  r('sy-sukhnah', 'al-Sukhnah', ['السخنة'], 34.88, 38.87, 'SY', 'sy-homs', 'town'),
  r('sy-qusayr', 'al-Qusayr', ['القصير'], 34.51, 36.58, 'SY', 'sy-homs', 'town', { cue: true }),

  r('sy-dumayr', 'Dumayr airbase', ['مطار الضمير', 'الضمير'], 33.61, 36.75, 'SY', 'sy-rif-dimashq', 'airport', { cue: true }),
  r('sy-dabaa', 'Dabaa airbase', ['مطار الضبعة', 'الضبعة'], 34.63, 36.53, 'SY', 'sy-homs', 'airport', { cue: true }),
  // The Syria–Lebanon crossings and border villages struck as supply routes (Sept–Nov 2024). A name that is also an
  // ordinary word (العريضة wide) only with the crossing noun; al-Masnaa is the Lebanese post, Lebanon's.
  r('sy-jousieh-crossing', 'Jousieh crossing', ['جوسية', 'معبر جوسية', 'معبر القاع جوسية', 'معبر القاع - جوسية'], 34.44, 36.56, 'SY', 'sy-qusayr', 'crossing'),
  r('sy-matraba-crossing', 'Matraba crossing', ['مطربا', 'معبر مطربا'], 34.47, 36.44, 'SY', 'sy-qusayr', 'crossing'),
  r('sy-hosh-sayyed-ali', 'Hosh al-Sayyed Ali', ['حوش السيد علي'], 34.43, 36.42, 'SY', 'sy-qusayr', 'village'),
  r('sy-dabousiyeh-crossing', 'Dabousiyeh crossing', ['الدبوسية', 'معبر الدبوسية'], 34.64, 36.27, 'SY', 'sy-homs', 'crossing'),
  r('sy-jdeidet-yabous', 'Jdeidet Yabous crossing', ['جديدة يابوس', 'معبر جديدة يابوس'], 33.62, 36.08, 'SY', 'sy-rif-dimashq', 'crossing'),
  r('sy-arida-crossing', 'al-Arida crossing', ['معبر العريضة'], 34.63, 35.98, 'SY', 'sy-tartus', 'crossing'),
  r('sy-mahin', 'Mahin depots', ['مهين', 'مستودعات مهين'], 34.22, 37.08, 'SY', 'sy-homs', 'facility', { cue: true }),
  r('sy-qaryatayn', 'al-Qaryatayn', ['القريتين'], 34.23, 37.24, 'SY', 'sy-homs', 'town', { cue: true }),
  // ── Syria: Damascus and its countryside ──
  r('sy-mezzeh', 'Mezzeh', ['المزة', 'حي المزة'], 33.5, 36.25, 'SY', 'sy-damascus', 'neighbourhood'),
  r('sy-iran-consulate', 'Iranian consulate Damascus', ['القنصلية الإيرانية', 'مبنى القنصلية الإيرانية', 'السفارة الإيرانية في دمشق'], 33.5, 36.25, 'SY', 'sy-mezzeh', 'facility'),
  r('sy-mezzeh-airport', 'Mezzeh airbase', ['مطار المزة', 'مطار المزة العسكري'], 33.48, 36.22, 'SY', 'sy-damascus', 'airport'),
  r('sy-kafr-sousa', 'Kafr Sousa', ['كفرسوسة', 'كفر سوسة'], 33.5, 36.28, 'SY', 'sy-damascus', 'neighbourhood'),
  r('sy-sayyida-zeinab', 'Sayyida Zeinab', ['السيدة زينب', 'الست زينب'], 33.44, 36.34, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-dimas', 'al-Dimas', ['الديماس'], 33.58, 36.1, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-damascus-airport', 'Damascus airport', ['مطار دمشق', 'مطار دمشق الدولي'], 33.41, 36.51, 'SY', 'sy-rif-dimashq', 'airport'),
  r('sy-qudsaya', 'Qudsaya', ['قدسيا'], 33.53, 36.24, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-jamraya', 'Jamraya', ['جمرايا'], 33.56, 36.25, 'SY', 'sy-rif-dimashq', 'facility'),
  r('sy-kisweh', 'al-Kiswah', ['الكسوة'], 33.36, 36.23, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-aqraba', 'Aqraba', ['عقربا'], 33.45, 36.36, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-zabadani', 'Zabadani', ['الزبداني'], 33.72, 36.1, 'SY', 'sy-rif-dimashq', 'town'),
  r('sy-hmeimim', 'Hmeimim airbase', ['حميميم'], 35.41, 35.95, 'SY', 'sy-latakia', 'airport'),

  // ── Iraq: governorates (coordinates of the capital city) ──
  r('iq-baghdad', 'Baghdad', ['بغداد', 'العاصمة العراقية', 'العاصمة بغداد'], 33.31, 44.37, 'IQ', 'iq', 'governorate', { metonym: true }),
  r('iq-anbar', 'Anbar', ['الأنبار', 'الانبار'], 33.42, 43.3, 'IQ', 'iq', 'governorate', { borderDefault: 'iq-qaim' }),
  r('iq-erbil', 'Erbil', ['أربيل', 'اربيل', 'إربيل', 'هولير'], 36.19, 44.01, 'IQ', 'iq-kurdistan', 'governorate'),
  r('iq-nineveh', 'Nineveh', ['نينوى', 'الموصل'], 36.34, 43.13, 'IQ', 'iq', 'governorate'),
  r('iq-kirkuk', 'Kirkuk', ['كركوك'], 35.47, 44.39, 'IQ', 'iq', 'governorate'),
  r('iq-salahuddin', 'Salahuddin', ['صلاح الدين', 'تكريت'], 34.61, 43.68, 'IQ', 'iq', 'governorate'),
  r('iq-diyala', 'Diyala', ['ديالى', 'بعقوبة'], 33.75, 44.64, 'IQ', 'iq', 'governorate'),
  r('iq-babil', 'Babil', ['بابل', 'الحلة'], 32.48, 44.43, 'IQ', 'iq', 'governorate'),
  r('iq-karbala', 'Karbala', ['كربلاء'], 32.62, 44.02, 'IQ', 'iq', 'governorate'),
  r('iq-najaf', 'Najaf', ['النجف'], 32.0, 44.34, 'IQ', 'iq', 'governorate'),
  r('iq-qadisiyyah', 'Qadisiyyah', ['القادسية', 'الديوانية'], 31.99, 44.92, 'IQ', 'iq', 'governorate'),
  r('iq-wasit', 'Wasit', ['واسط', 'الكوت'], 32.51, 45.82, 'IQ', 'iq', 'governorate'),
  r('iq-maysan', 'Maysan', ['ميسان', 'العمارة'], 31.84, 47.14, 'IQ', 'iq', 'governorate', { cue: true }),
  r('iq-dhi-qar', 'Dhi Qar', ['ذي قار', 'الناصرية'], 31.04, 46.26, 'IQ', 'iq', 'governorate'),
  r('iq-muthanna', 'Muthanna', ['المثنى', 'السماوة'], 31.31, 45.28, 'IQ', 'iq', 'governorate', { cue: true }),
  r('iq-basra', 'Basra', ['البصرة'], 30.51, 47.81, 'IQ', 'iq', 'governorate'),
  r('iq-sulaymaniyah', 'Sulaymaniyah', ['السليمانية'], 35.56, 45.43, 'IQ', 'iq-kurdistan', 'governorate'),
  r('iq-duhok', 'Duhok', ['دهوك'], 36.87, 42.99, 'IQ', 'iq-kurdistan', 'governorate'),
  r('iq-halabja', 'Halabja', ['حلبجة'], 35.18, 45.99, 'IQ', 'iq-kurdistan', 'governorate'),
  // Kurdistan Region: encloses its four governorates; its point is Erbil, the regional capital.
  r('iq-kurdistan', 'Kurdistan Region', [], 36.19, 44.01, 'IQ', 'iq', 'region', { cueAr: ['إقليم كردستان', 'إقليم كوردستان', 'إقليم كردستان العراق', 'كردستان العراق', 'كوردستان العراق', 'كردستان', 'كوردستان'] }),

  // ── Iraq: bases, airports, facilities ──
  r('iq-ain-al-asad', 'Ain al-Asad', ['عين الأسد', 'عين الاسد', 'قاعدة عين الأسد الجوية', 'عين الأسد الجوية', 'عيد الأسد', 'قاعدة الأسد', 'قاعدة الأسد الجوية'], 33.8, 42.44, 'IQ', 'iq-anbar', 'base', { us: true }),
  r('iq-baghdadi', 'al-Baghdadi', ['البغدادي', 'ناحية البغدادي'], 33.87, 42.53, 'IQ', 'iq-anbar', 'town', { cue: true }),
  r('iq-erbil-airport', 'Erbil airport', ['مطار أربيل', 'مطار أربيل الدولي', 'مطار اربيل', 'مطار إربيل', 'قاعدة مطار أربيل', 'قاعدة أربيل الجوية', 'قاعدة أربيل الجوي', 'قاعدة أربيل'], 36.24, 43.96, 'IQ', 'iq-erbil', 'airport', { us: true }),
  r('iq-harir', 'Harir', ['حرير', 'الحرير', 'قاعدة حرير', 'قاعدة الحرير', 'قاعدة الحرير الجوية'], 36.53, 44.35, 'IQ', 'iq-erbil', 'base', { us: true, cue: true }),
  r('iq-baghdad-airport', 'Baghdad airport', ['مطار بغداد', 'مطار بغداد الدولي'], 33.26, 44.23, 'IQ', 'iq-baghdad', 'airport', { us: true }),
  r('iq-victory', 'Victory base', ['فيكتوري', 'فكتوري', 'فيكتوريا', 'فكتوريا', 'قاعدة فيكتوريا', 'معسكر فيكتوري'], 33.28, 44.25, 'IQ', 'iq-baghdad-airport', 'base', { us: true }),
  r('iq-dsc', 'Baghdad Diplomatic Support Center', ['مركز الدعم الدبلوماسي'], 33.27, 44.24, 'IQ', 'iq-baghdad-airport', 'base', { us: true }),
  r('iq-us-embassy', 'US embassy Baghdad', ['السفارة الأمريكية', 'السفارة الأميركية', 'السفارة الامريكية', 'السفارة الاميركية', 'سفارة واشنطن', 'سفارة الولايات المتحدة', 'سفارة الولايات المتحدة الأمريكية', 'سفارة الولايات المتحدة الأميركية', 'سفارة الشر الأمريكية', 'سفارة الشر الأميركية', 'سفارة الاحتلال الأمريكي', 'سفارة الاحتلال الأميركي', 'وكر التجسس الأمريكي', 'وكر التجسس الأميركي'], 33.3, 44.39, 'IQ', 'iq-green-zone', 'facility', { us: true }),
  r('iq-green-zone', 'Green Zone Baghdad', ['المنطقة الخضراء ببغداد', 'المنطقة الخضراء في بغداد', 'المنطقة الدولية', 'المنطقة الخضراء'], 33.3, 44.39, 'IQ', 'iq-baghdad', 'district', { primary: true, usArea: true }),
  r('iq-balad', 'Balad air base', ['قاعدة بلد', 'قاعدة بلد الجوية', 'قاعدة البلد'], 33.94, 44.36, 'IQ', 'iq-salahuddin', 'base', { us: true }),
  r('iq-besmaya', 'Besmaya base', ['بسماية', 'معسكر بسماية', 'قاعدة بسماية'], 33.17, 44.63, 'IQ', 'iq-baghdad', 'base', { us: true }),
  r('iq-union-iii', 'Union III base', ['قاعدة الاتحاد الثالث', 'قاعدة الاتحاد 3', 'يونيون 3', 'يونيون ثري'], 33.3, 44.39, 'IQ', 'iq-baghdad', 'base', { us: true }),
  r('iq-taji', 'Taji', ['التاجي', 'معسكر التاجي', 'قاعدة التاجي'], 33.53, 44.26, 'IQ', 'iq-baghdad', 'base', { us: true, usUntil: '2020-08-23' }),
  r('iq-k1', 'K-1 base', ['كي وان', 'قاعدة K1', 'K1', 'كي 1', 'قاعدة كي 1'], 35.51, 44.33, 'IQ', 'iq-kirkuk', 'base', { us: true, usUntil: '2020-03-29' }),
  r('iq-qayyarah', 'Qayyarah airbase', ['القيارة', 'قاعدة القيارة', 'مطار القيارة', 'قاعدة القيارة الجوية'], 35.8, 43.29, 'IQ', 'iq-nineveh', 'base', { us: true, usUntil: '2020-03-26' }),
  r('iq-speicher', 'Camp Speicher', ['سبايكر', 'قاعدة سبايكر'], 34.66, 43.54, 'IQ', 'iq-salahuddin', 'base'),
  r('iq-habbaniyah', 'Habbaniyah', ['الحبانية', 'قاعدة التقدم', 'مطار التقدم', 'قاعدة الحبانية الجوية'], 33.38, 43.57, 'IQ', 'iq-anbar', 'base', { us: true }),
  // The US consulate general in Erbil and its new compound on the Pirmam road (the one told as "الجديدة"); the bare
  // "القنصلية الأمريكية" may be another city's, so only with Erbil or "new".
  r('iq-us-consulate-erbil', 'US consulate Erbil', ['القنصلية الأمريكية في أربيل', 'القنصلية الأميركية في أربيل', 'القنصلية الأمريكية الجديدة', 'القنصلية الأميركية الجديدة', 'مجمع القنصلية الأمريكية الجديد', 'قنصلية أربيل', 'القنصلية الأمريكية بأربيل', 'القنصلية الأميركية بأربيل'], 36.23, 44.08, 'IQ', 'iq-erbil', 'facility', { us: true }),
  r('iq-bashur', 'Bashur airfield', ['بشور', 'مطار بشور'], 36.53, 44.34, 'IQ', 'iq-erbil', 'airport'),
  r('iq-atrush', 'Atrush', ['أتروش'], 36.84, 43.34, 'IQ', 'iq-duhok', 'town'),
  r('iq-sulaymaniyah-airport', 'Sulaymaniyah airport', ['مطار السليمانية'], 35.56, 45.32, 'IQ', 'iq-sulaymaniyah', 'airport'),
  r('iq-kirkuk-airport', 'Kirkuk airport', ['مطار كركوك'], 35.47, 44.35, 'IQ', 'iq-kirkuk', 'airport'),

  // ── Iraq: towns and districts in this conflict ──
  r('iq-qaim', 'al-Qaim', ['القائم'], 34.38, 41.09, 'IQ', 'iq-anbar', 'town', { cue: true }),
  r('iq-akashat', 'Akashat', ['عكاشات'], 33.79, 40.6, 'IQ', 'iq-anbar', 'town'),
  r('iq-rutba', 'Rutba', ['الرطبة'], 33.04, 40.28, 'IQ', 'iq-anbar', 'town'),
  r('iq-ramadi', 'Ramadi', ['الرمادي'], 33.42, 43.3, 'IQ', 'iq-anbar', 'city'),
  r('iq-fallujah', 'Fallujah', ['الفلوجة'], 33.35, 43.78, 'IQ', 'iq-anbar', 'city'),
  r('iq-hit', 'Hit', ['هيت', 'قضاء هيت'], 33.64, 42.83, 'IQ', 'iq-anbar', 'town', { cue: true }),
  r('iq-haditha', 'Haditha', ['حديثة'], 34.14, 42.38, 'IQ', 'iq-anbar', 'town', { cue: true }),
  r('iq-jurf-al-sakhar', 'Jurf al-Sakhar', ['جرف الصخر', 'جرف النصر'], 32.89, 44.11, 'IQ', 'iq-babil', 'town'),
  r('iq-abu-ghraib', 'Abu Ghraib', ['أبو غريب', 'ابو غريب'], 33.29, 44.07, 'IQ', 'iq-baghdad', 'town'),
  r('iq-mashtal', 'al-Mashtal', ['المشتل'], 33.32, 44.47, 'IQ', 'iq-baghdad', 'neighbourhood', { cue: true }),
  r('iq-baladiyat', 'al-Baladiyat', ['البلديات'], 33.34, 44.48, 'IQ', 'iq-baghdad', 'neighbourhood', { cue: true }),
  // Quarters of Baghdad around the airport and on the way to it, where rockets aimed at the airport's bases
  // fall and launch sites are found (not in the GeoNames extract, which holds towns only).
  r('iq-radwaniyah', 'al-Radwaniyah', ['الرضوانية', 'منطقة الرضوانية'], 33.23, 44.22, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-hay-al-jihad', 'Hay al-Jihad', ['حي الجهاد'], 33.27, 44.3, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-bayaa', 'al-Bayaa', ['البياع', 'حي البياع'], 33.26, 44.34, 'IQ', 'iq-baghdad', 'neighbourhood', { cue: true }),
  r('iq-ghazaliyah', 'al-Ghazaliyah', ['الغزالية', 'حي الغزالية'], 33.33, 44.26, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-saydiyah', 'al-Saydiyah', ['السيدية', 'حي السيدية'], 33.25, 44.35, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-hay-al-amin', 'Hay al-Amin', ['حي الأمين', 'حي الامين'], 33.31, 44.47, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-zafaraniyah', 'al-Zafaraniyah', ['الزعفرانية', 'حي الزعفرانية'], 33.25, 44.48, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-palestine-street', 'Palestine Street', ['شارع فلسطين'], 33.34, 44.43, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-jadriya', 'al-Jadriya', ['الجادرية'], 33.28, 44.38, 'IQ', 'iq-baghdad', 'neighbourhood'),
  r('iq-zummar', 'Zummar', ['زمار'], 36.65, 42.63, 'IQ', 'iq-nineveh', 'town'),
  r('iq-rabia', 'Rabia', ['ربيعة'], 36.8, 42.1, 'IQ', 'iq-nineveh', 'town', { cue: true }),
  r('iq-sinjar', 'Sinjar', ['سنجار'], 36.32, 41.87, 'IQ', 'iq-nineveh', 'town'),
  r('iq-tal-afar', 'Tal Afar', ['تلعفر', 'تل عفر'], 36.38, 42.45, 'IQ', 'iq-nineveh', 'town'),
  r('iq-samarra', 'Samarra', ['سامراء'], 34.2, 43.87, 'IQ', 'iq-salahuddin', 'city'),
  r('iq-balad-town', 'Balad', ['قضاء بلد', 'مدينة بلد'], 34.01, 44.15, 'IQ', 'iq-salahuddin', 'town'),
  r('iq-tuz', 'Tuz Khurmatu', ['طوز خورماتو', 'الطوز'], 34.88, 44.63, 'IQ', 'iq-salahuddin', 'town'),
  r('iq-mosul-airport', 'Mosul airport', ['مطار الموصل'], 36.31, 43.15, 'IQ', 'iq-nineveh', 'airport'),

  r('iq-anah', 'Anah', ['عانة', 'قضاء عانة'], 34.47, 41.99, 'IQ', 'iq-anbar', 'town', { cue: true }),
  r('iq-rawa', 'Rawa', ['راوة'], 34.48, 41.91, 'IQ', 'iq-anbar', 'town'),
  r('iq-nukhaib', 'Nukhaib', ['النخيب'], 32.03, 42.25, 'IQ', 'iq-anbar', 'town'),
  r('iq-husaybah', 'Husaybah', ['حصيبة', 'الحصيبة'], 34.42, 41.02, 'IQ', 'iq-qaim', 'town'),
  r('iq-ubaydi', 'al-Ubaydi', ['العبيدي'], 34.38, 41.27, 'IQ', 'iq-qaim', 'town', { cue: true }),
  r('iq-sadr-city', 'Sadr City', ['مدينة الصدر'], 33.39, 44.46, 'IQ', 'iq-baghdad', 'district'),
  r('iq-kadhimiya', 'Kadhimiya', ['الكاظمية'], 33.38, 44.34, 'IQ', 'iq-baghdad', 'district'),
  r('iq-karrada', 'Karrada', ['الكرادة'], 33.3, 44.43, 'IQ', 'iq-baghdad', 'district'),
  r('iq-dora', 'Dora', ['الدورة'], 33.26, 44.39, 'IQ', 'iq-baghdad', 'district', { cue: true }),
  r('iq-jisr-diyala', 'Jisr Diyala', ['جسر ديالى'], 33.23, 44.52, 'IQ', 'iq-baghdad', 'district'),
  r('iq-yusufiyah', 'Yusufiyah', ['اليوسفية'], 33.06, 44.25, 'IQ', 'iq-baghdad', 'town'),
  r('iq-mahmudiyah', 'Mahmudiyah', ['المحمودية'], 33.06, 44.36, 'IQ', 'iq-baghdad', 'town'),
  r('iq-tarmiyah', 'Tarmiyah', ['الطارمية'], 33.67, 44.4, 'IQ', 'iq-baghdad', 'town'),
  r('iq-dujail', 'Dujail', ['الدجيل'], 33.84, 44.23, 'IQ', 'iq-salahuddin', 'town'),
  r('iq-baiji', 'Baiji', ['بيجي'], 34.93, 43.49, 'IQ', 'iq-salahuddin', 'town'),
  r('iq-amerli', 'Amerli', ['آمرلي'], 34.72, 44.59, 'IQ', 'iq-salahuddin', 'town'),
  r('iq-musayyib', 'Musayyib', ['المسيب'], 32.78, 44.29, 'IQ', 'iq-babil', 'town'),
  r('iq-iskandariyah', 'Iskandariyah', ['الإسكندرية', 'الاسكندرية'], 32.89, 44.35, 'IQ', 'iq-babil', 'town'),
  r('iq-kalsu', 'Camp Kalsu', ['معسكر كالسو', 'قاعدة كالسو', 'كالسو'], 32.9, 44.35, 'IQ', 'iq-iskandariyah', 'camp'),
  r('iq-diwaniyah', 'Diwaniyah', ['الديوانية'], 31.99, 44.92, 'IQ', 'iq-qadisiyyah', 'city'),
  r('iq-nasiriyah', 'Nasiriyah', ['الناصرية'], 31.04, 46.26, 'IQ', 'iq-dhi-qar', 'city'),
  r('iq-imam-ali-airbase', 'Imam Ali air base (Tallil)', ['قاعدة الإمام علي الجوية', 'قاعدة الإمام علي', 'قاعدة طليل', 'قاعدة تليل'], 30.94, 46.09, 'IQ', 'iq-dhi-qar', 'base'),
  r('iq-camp-ashraf', 'Camp Ashraf', ['معسكر أشرف', 'معسكر اشرف', 'قاعدة أشرف'], 33.67, 44.63, 'IQ', 'iq-diyala', 'camp'),
  r('iq-samawah', 'Samawah', ['السماوة'], 31.31, 45.28, 'IQ', 'iq-muthanna', 'city'),
  r('iq-basra-airport', 'Basra airport', ['مطار البصرة', 'مطار البصرة الدولي'], 30.55, 47.66, 'IQ', 'iq-basra', 'airport'),
  r('iq-umm-qasr', 'Umm Qasr', ['أم قصر', 'ام قصر'], 30.03, 47.95, 'IQ', 'iq-basra', 'town'),
  r('iq-shaqlawa', 'Shaqlawa', ['شقلاوة'], 36.4, 44.33, 'IQ', 'iq-erbil', 'town'),
  r('iq-makhmur', 'Makhmur', ['مخمور'], 35.78, 43.58, 'IQ', 'iq-erbil', 'town'),
  r('iq-kirkuk-k1', 'Kirkuk K1', ['قاعدة كي وان'], 35.51, 44.33, 'IQ', 'iq-k1', 'base', { us: true, usUntil: '2020-03-29' }),
  r('iq-trebil', 'Trebil crossing', ['طريبيل', 'منفذ طريبيل'], 33.05, 39.16, 'IQ', 'iq-anbar', 'crossing'),
  r('iq-qaim-crossing', 'al-Qaim crossing', ['منفذ القائم', 'معبر القائم', 'منفذ القائم الحدودي', 'معبر القائم الحدودي'], 34.41, 41.02, 'IQ', 'iq-qaim', 'crossing'),
  r('iq-waleed', 'al-Waleed crossing', ['منفذ الوليد', 'معبر الوليد'], 33.45, 38.85, 'IQ', 'iq-anbar', 'crossing'),

  // Camps, dams, airports and towns of strikes on Iraqi factions.
  r('iq-karbala-airport', 'Karbala airport', ['مطار كربلاء', 'مطار كربلاء الدولي'], 32.37, 44.2, 'IQ', 'iq-karbala', 'airport'),
  r('iq-haydariyah', 'al-Haydariyah (Najaf)', ['الحيدرية', 'ناحية الحيدرية'], 32.32, 44.27, 'IQ', 'iq-najaf', 'town'),
  r('iq-camp-rashid', 'Camp al-Rashid', ['معسكر الرشيد', 'قاعدة الرشيد', 'مطار الرشيد'], 33.28, 44.49, 'IQ', 'iq-baghdad', 'camp'),
  r('iq-camp-saqr', 'Camp Saqr', ['معسكر الصقر', 'قاعدة الصقر', 'معسكر صقر'], 33.24, 44.36, 'IQ', 'iq-baghdad', 'camp'),
  r('iq-mosul-dam', 'Mosul Dam', ['سد الموصل'], 36.63, 42.82, 'IQ', 'iq-nineveh', 'dam'),
  r('iq-haditha-dam', 'Haditha Dam', ['سد حديثة'], 34.21, 42.36, 'IQ', 'iq-haditha', 'dam'),
  r('iq-dukan-dam', 'Dukan Dam', ['سد دوكان'], 35.95, 44.95, 'IQ', 'iq-sulaymaniyah', 'dam'),
  r('iq-darbandikhan-dam', 'Darbandikhan Dam', ['سد دربندخان', 'سد دربنديخان'], 35.11, 45.7, 'IQ', 'iq-sulaymaniyah', 'dam'),
  r('iq-mashari', "al-Mashari' (al-Qaim)", [], 34.37, 41.07, 'IQ', 'iq-qaim', 'neighbourhood', { localAr: ['منطقة المشاريع', 'حي المشاريع'] }),
  r('iq-hamad-agha', 'Hamad Agha', ['حمد أغا', 'قرية حمد أغا'], 36.62, 42.66, 'IQ', 'iq-zummar', 'village'),
  r('iq-khor-mor', 'Khor Mor gas field', ['كورمور', 'كور مور', 'حقل كورمور', 'حقل كور مور', 'خور مور'], 35.1, 44.9, 'IQ', 'iq-sulaymaniyah', 'oilfield'),

  // ── Jordan ──
  r('jo-tower-22', 'Tower 22', ['البرج 22', 'برج 22', 'قاعدة البرج', 'موقع البرج', 'تاور 22', 'تي 22', 'قاعدة تي 22', 'T22', 'T-22'], 33.32, 38.7, 'JO', 'jo-mafraq', 'base', { us: true }),
  r('jo-muwaffaq-salti', 'Muwaffaq Salti air base', ['موفق السلطي', 'قاعدة موفق السلطي', 'قاعدة الأزرق'], 31.83, 36.78, 'JO', 'jo-zarqa', 'base', { us: true }),
  r('jo-ruwaished', 'Ruwaished', ['الرويشد'], 32.5, 38.2, 'JO', 'jo-mafraq', 'town'),
  r('jo-amman', 'Amman', ['عمان', 'العاصمة الأردنية', 'العاصمة الاردنية'], 31.95, 35.93, 'JO', 'jo', 'governorate', { cue: true, metonym: true }),
  r('jo-zarqa', 'Zarqa', ['الزرقاء'], 32.07, 36.09, 'JO', 'jo', 'governorate', { cue: true }),
  r('jo-irbid', 'Irbid', ['إربد', 'اربد'], 32.56, 35.85, 'JO', 'jo', 'governorate'),
  r('jo-mafraq', 'Mafraq', ['المفرق'], 32.34, 36.21, 'JO', 'jo', 'governorate'),
  r('jo-balqa', 'Balqa', ['البلقاء', 'السلط'], 32.04, 35.73, 'JO', 'jo', 'governorate'),
  r('jo-karak', 'Karak', ['الكرك'], 31.18, 35.7, 'JO', 'jo', 'governorate'),
  r('jo-tafilah', 'Tafilah', ['الطفيلة'], 30.84, 35.6, 'JO', 'jo', 'governorate'),
  r('jo-maan', "Ma'an", ['معان'], 30.19, 35.73, 'JO', 'jo', 'governorate', { cue: true }),
  r('jo-aqaba', 'Aqaba', ['العقبة'], 29.53, 35.0, 'JO', 'jo', 'governorate', { cue: true }),
  r('jo-madaba', 'Madaba', ['مادبا'], 31.72, 35.79, 'JO', 'jo', 'governorate'),
  r('jo-jerash', 'Jerash', ['جرش'], 32.28, 35.9, 'JO', 'jo', 'governorate'),
  r('jo-ajloun', 'Ajloun', ['عجلون'], 32.33, 35.75, 'JO', 'jo', 'governorate'),
];
