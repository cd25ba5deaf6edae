import { DATE_STRENGTH, pinsDay } from '../dates/dates';
import { PlaceMention } from '../gazetteer/gazetteer';
import { STRIKERS } from '../segmentation/agents';
import type { Candidate } from '../segmentation/candidate';
import { SentenceFacts } from '../segmentation/sentence-facts';

// "مطار أربيل في مرمى المسيّرات … وفي ما يلي أبرز الهجمات التي طالته: • 16 يناير 2024: تدمير ثلاث مسيّرات مفخخة":
// a timeline of the attacks on one site, each bullet told by its date and what happened, the site named only before
// the list. Each bullet's act without a place of its own happened there.

/** The site a timeline's bullets are about, and the sentences that are its bullets. */
export interface TimelineSite {
  site: PlaceMention;
  bullets: ReadonlySet<number>;
  /** Sentences that go on with a bullet (up to the next one), by the bullet's sentence. */
  headOf: ReadonlyMap<number, number>;
}

// (An emoji bullet carries a variation selector: "▪️".)
const BULLET = /^\s*[•▪◦●*\-–]\uFE0F?\s*\S/u;
// "وفي ما يلي أبرز الهجمات"، "أبرز المحطات"، "تسلسل زمني"، "سجل الاستهداف": the list is announced.
const ANNOUNCES = /(ما\s+يلي|فيما\s+يلي|(أبرز|ابرز|أهم|اهم)\s+(الهجمات|المحطات|الاعتداءات|الاستهدافات|العمليات)|تسلسل\s+زمني|سجل\s+(الهجمات|الاستهداف|الاعتداءات))/;
// A bullet opens with its day: the date within the first few tokens.
const DATE_LEAD_TOKENS = 6;
const MIN_BULLETS = 2;
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'district']);

/** A timeline's dated bullets and the sentences before them that announce it. */
export interface Timeline {
  bullets: SentenceFacts[];
  intro: SentenceFacts[];
}

/** The article's timeline, or null. */
export function readTimeline(facts: readonly SentenceFacts[]): Timeline | null {
  const dated = (f: SentenceFacts) =>
    BULLET.test(f.span.text) && f.dates.some((d) => d.precision === 'day' && d.strength >= DATE_STRENGTH.explicit && d.start < (f.tokens[Math.min(f.to, f.from + DATE_LEAD_TOKENS) - 1]?.end ?? 0));
  const bullets = facts.filter(dated);
  if (bullets.length < MIN_BULLETS) return null;
  const first = bullets[0].index;
  const intro = facts.filter((f) => f.index < first);
  const before = intro.at(-1);
  if (!before || !(before.span.text.trim().endsWith(':') || intro.some((f) => ANNOUNCES.test(f.span.text)))) return null;
  return { bullets, intro };
}

/**
 * "تسلسل زمني للغارات الإسرائيلية على مطاري دمشق وحلب … - 28 آب 2023: ضربة فجراً على مطار حلب": the bullets of a
 * timeline announced as one striker's strikes (a strike told with Israel, the US or the coalition before the list, and
 * no US site), each an act on its day: their acts that name no side of their own are those strikes.
 */
export function strikesOfTheTimeline(cands: Candidate[], t: Timeline | null): void {
  const strikes = (f: SentenceFacts) => f.cues.some((c) => c.value === 'strike_agent') || (f.cues.some((c) => c.value === 'trigger') && f.actors.some((x) => STRIKERS.has(x.value)));
  if (!t || !t.intro.some(strikes) || usSitesOf(t.intro).length) return;
  const bullets = new Set(t.bullets.map((f) => f.index));
  // An act told only by where it fell, naming no side, in a bullet: one of the strikes, on the bullet's day.
  for (const c of cands) {
    if (!c.placeOnly || !c.place || c.place.place.us || !bullets.has(c.sentence.index)) continue;
    const day = pinsDay(c.date) ? c.date : c.sentence.dates.find((d) => pinsDay(d) && d.strength >= DATE_STRENGTH.explicit);
    if (day) Object.assign(c, { category: 'strike_on_militias', date: day, continuation: false, placeOnly: false, unsided: false });
  }
}

const usSitesOf = (intro: readonly SentenceFacts[]) => intro.flatMap((f) => f.places.filter((p) => p.place.us));

export function timelineSite(t: Timeline | null): TimelineSite | null {
  if (!t) return null;
  const { bullets, intro } = t;
  // One site of the US side named before the list, however often, or one within the other ("«القرية الخضراء»" in the
  // headline, "تقع القاعدة داخل حقل العمر" after it): the most specific.
  const sites = usSitesOf(intro);
  // ("البوكمال.. بوابة إيران التي لا تهدأ سماؤها … أبرز المحطات: - 11 آب 2024: طائرة مسيّرة مجهولة تستهدف سيارة قرب
  // الحدود": else the one town the strikes told are about.)
  const site = sites.length ? sites.find((p) => sites.every((q) => q.place.id === p.place.id || p.place.ancestors.includes(q.place.id))) : mainTown(intro);
  if (!site) return null;
  const headOf = new Map<number, number>();
  bullets.forEach((b, i) => {
    const next = bullets[i + 1]?.index;
    if (next !== undefined) for (let k = b.index + 1; k < next; k++) headOf.set(k, b.index);
  });
  return { site, bullets: new Set(bullets.map((f) => f.index)), headOf };
}

/** The town named most before the list, at least twice and more than any other, when no US site is named. */
function mainTown(intro: readonly SentenceFacts[]): PlaceMention | undefined {
  const towns = intro.flatMap((f) => f.places.filter((p) => TOWN_KINDS.has(p.place.kind)));
  const count = (id: string) => towns.filter((p) => p.place.id === id).length;
  const best = [...towns].sort((x, y) => count(y.place.id) - count(x.place.id))[0];
  if (!best || count(best.place.id) < 2 || towns.some((p) => p.place.id !== best.place.id && count(p.place.id) >= count(best.place.id))) return undefined;
  return best;
}
