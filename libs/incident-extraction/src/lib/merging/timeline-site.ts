import { DATE_STRENGTH } from '../dates/dates';
import { PlaceMention } from '../gazetteer/gazetteer';
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

export function timelineSite(facts: readonly SentenceFacts[]): TimelineSite | null {
  const dated = (f: SentenceFacts) =>
    BULLET.test(f.span.text) && f.dates.some((d) => d.precision === 'day' && d.strength >= DATE_STRENGTH.explicit && d.start < (f.tokens[Math.min(f.to, f.from + DATE_LEAD_TOKENS) - 1]?.end ?? 0));
  const bullets = facts.filter(dated);
  if (bullets.length < MIN_BULLETS) return null;
  const first = bullets[0].index;
  const intro = facts.filter((f) => f.index < first);
  const before = intro.at(-1);
  if (!before || !(before.span.text.trim().endsWith(':') || intro.some((f) => ANNOUNCES.test(f.span.text)))) return null;
  // One site of the US side named before the list, however often, or one within the other ("«القرية الخضراء»" in the
  // headline, "تقع القاعدة داخل حقل العمر" after it): the most specific.
  const sites = intro.flatMap((f) => f.places.filter((p) => p.place.us));
  const site = sites.find((p) => sites.every((q) => q.place.id === p.place.id || p.place.ancestors.includes(q.place.id)));
  if (!site) return null;
  const headOf = new Map<number, number>();
  bullets.forEach((b, i) => {
    const next = bullets[i + 1]?.index;
    if (next !== undefined) for (let k = b.index + 1; k < next; k++) headOf.set(k, b.index);
  });
  return { site, bullets: new Set(bullets.map((f) => f.index)), headOf };
}
