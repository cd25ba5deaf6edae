import type { Place } from '@raseed/contracts';
import { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher';
import { KeyToken, patternKey } from '../text/tokens';
import { PLACES, PlaceRow } from './places.data';

// Gazetteer loader: indexes the rows by id, resolves the hierarchy and compiles every
// Arabic spelling into one phrase matcher.

export interface GazetteerPlace extends PlaceRow {
  /** Ids of enclosing places, nearest first, country last. */
  ancestors: string[];
  /** English name of the governorate (admin1), null for countries. */
  admin1: string | null;
  /** Ancestor depth: 0 for countries; larger is more specific. */
  depth: number;
}

export interface PlaceMention {
  place: GazetteerPlace;
  /** Token span of the name. */
  from: number;
  to: number;
  /** Character offsets in the text. */
  start: number;
  end: number;
}

// Place nouns that license a name which is also an ordinary word (القائم، حديثة …).
const PLACE_NOUNS = new Set(
  ['منطقة', 'منطقتي', 'مدينة', 'مدينتي', 'بلدة', 'بلدتي', 'قرية', 'قضاء', 'ناحية', 'حي', 'قاعدة', 'قاعدتي', 'مطار', 'حقل', 'محافظة', 'محافظتي', 'العاصمة', 'معسكر', 'مخيم', 'أطراف', 'ريف', 'بادية', 'قرب', 'محيط', 'معبر', 'منفذ']
    .map(patternKey),
);

// Prepositions that also license an ambiguous name ("في القائم", "قرب حديثة").
const CUE_PREPOSITIONS = new Set(['في', 'قرب', 'بالقرب', 'داخل', 'غرب', 'شرق', 'شمال', 'جنوب', 'غربي', 'شرقي', 'شمالي', 'جنوبي'].map(patternKey));

// Words before a name that make it a media outlet ("مراسل الميادين", "مصدر للميادين").
const MEDIA_PREV = new Set(['قناة', 'مراسل', 'مراسلة', 'شبكة', 'صحيفة', 'وكالة', 'تلفزيون', 'إذاعة', 'راديو', 'لقناة', 'لشبكة', 'لوكالة', 'موقع', 'توقيت', 'بتوقيت', 'بأعمال'].map(patternKey));
const SOURCE_PREV = new Set(['مصدر', 'مصادر', 'قال', 'وقال', 'أفاد', 'وأفاد'].map(patternKey));

// Words before a capital that make it a location rather than its government.
const LOCATIVE = new Set(['في', 'قرب', 'بالقرب', 'من', 'الى', 'إلى', 'على', 'شرق', 'غرب', 'جنوب', 'شمال', 'شرقي', 'غربي', 'جنوبي', 'شمالي', 'وسط', 'محيط', 'ريف', 'مشارف', 'أطراف', 'ضواحي', 'داخل', 'حول', 'العاصمة', 'مدينة', 'محافظة', 'سماء', 'أجواء', 'جنوبها', 'شرقها'].map(patternKey));

export class Gazetteer {
  private readonly byId = new Map<string, GazetteerPlace>();
  private readonly matcher = new PhraseMatcher<GazetteerPlace>();

  constructor(rows: PlaceRow[]) {
    for (const row of rows) {
      if (this.byId.has(row.id)) throw new Error(`duplicate gazetteer id ${row.id}`);
      this.byId.set(row.id, { ...row, ancestors: [], admin1: null, depth: 0 });
    }
    for (const p of this.byId.values()) {
      const chain: string[] = [];
      for (let cur = p.parent; cur; cur = this.byId.get(cur)?.parent ?? null) {
        if (!this.byId.has(cur)) throw new Error(`unknown parent ${cur} of ${p.id}`);
        if (chain.includes(cur) || cur === p.id) throw new Error(`cycle at ${p.id}`);
        chain.push(cur);
      }
      p.ancestors = chain;
      p.depth = chain.length;
      const gov = [p.id, ...chain].map((id) => this.byId.get(id)!).find((x) => x.kind === 'governorate');
      p.admin1 = gov ? gov.en : null;
      for (const name of new Set(p.ar)) this.matcher.add(name, p);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): GazetteerPlace | undefined {
    return this.byId.get(id);
  }

  all(): GazetteerPlace[] {
    return [...this.byId.values()];
  }

  /** Place names in a token range, longest spelling winning, ambiguous names only after a place noun. */
  find(tokens: KeyToken[], from = 0, to = tokens.length): PlaceMention[] {
    return this.accept(tokens, this.matcher.findLongest(tokens, from, to));
  }

  /** Every (spelling, place) pair, for matchers that share one trie with other lexicons. */
  names(): Array<[string, GazetteerPlace]> {
    return this.all().flatMap((p) => [...new Set(p.ar)].map((n): [string, GazetteerPlace] => [n, p]));
  }

  /** Applies the context rules (place nouns, outlets, capitals as governments) to raw name matches. */
  accept(tokens: KeyToken[], matches: PhraseMatch<GazetteerPlace>[]): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (const m of matches) {
      const p = m.value;
      if (p.cue && m.to - m.from === 1) {
        const prev = m.from > 0 ? tokens[m.from - 1] : null;
        const t = tokens[m.from];
        const locative = /^(و?ب|و?ف?ب)ال/.test(t.norm);
        if (!locative && !(prev && prev.keys.some((k) => PLACE_NOUNS.has(k) || CUE_PREPOSITIONS.has(k)))) continue;
      }
      const before = m.from > 0 ? tokens[m.from - 1] : null;
      if (p.metonym && m.to - m.from === 1) {
        const t = tokens[m.from];
        const clitic = t.norm !== t.keys[t.keys.length - 1] && /^(و?ب|و?ل|ف?ب)/.test(t.norm);
        if (!clitic && !(before && before.keys.some((k) => LOCATIVE.has(k)))) continue;
      }
      if (before && before.keys.some((k) => MEDIA_PREV.has(k))) continue;
      if (before && before.keys.some((k) => SOURCE_PREV.has(k)) && tokens[m.from].norm.startsWith('ل')) continue;
      out.push({ place: p, from: m.from, to: m.to, start: tokens[m.from].start, end: tokens[m.to - 1].end });
    }
    return out;
  }

  /** True when `a` is `b` or lies inside it. */
  within(a: GazetteerPlace, b: GazetteerPlace): boolean {
    return a.id === b.id || a.ancestors.includes(b.id);
  }

  /** The contract's Place for a gazetteer entry. */
  toPlace(p: GazetteerPlace, nameAr: string): Place {
    return {
      id: p.id,
      name_ar: nameAr,
      name_en: p.en,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      admin1: p.admin1,
      ancestors: p.ancestors,
    };
  }
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

let shared: Gazetteer | null = null;
/** The gazetteer built from the bundled data, compiled once. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(PLACES));
}
