import { IncidentMention } from '@raseed/contracts';

/** A mention together with the article that told it. */
export interface ArticleMention {
  articleId: string;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  mention: IncidentMention;
  /**
   * The article this one is a near-identical copy of (the normaliser's near-duplicate fingerprint),
   * when known: an agency copy shares its original's incidents whatever its own date or wording.
   */
  duplicateOf?: string | null;
  /**
   * The article's near-duplicate fingerprint (MinHash), when known: copies are then linked by what
   * is present (copiesPresent), not by which article the normaliser happened to see first.
   */
  fingerprint?: string | null;
  /**
   * The other sites the same article reports incidents of its category at (`companionSites`): two
   * articles that each tell strikes at al-Qaim and at Jurf al-Sakhar tell one wave, dated or not.
   */
  companions?: string[];
  /**
   * The sites the same article reports incidents of the other category at: an attack at Erbil airport
   * told with the strike at Hilla that answered it is the attack another article tells with that strike.
   */
  partners?: string[];
}

/** Key of a mention's site for `companions`: its gazetteer id, else its rounded coordinates. */
const siteKey = (m: IncidentMention): string | null => (m.place ? `${m.category}:${m.place.id ?? `${m.place.lat.toFixed(2)},${m.place.lon.toFixed(2)}`}` : null);

/** The article's mentions, each with the other sites of its category (and of the other category) the article reports. */
export function withCompanions<T extends ArticleMention>(mentions: readonly T[]): T[] {
  const byArticle = new Map<string, T[]>();
  for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const sites = (list: readonly T[], except: string | null) => [...new Set(list.map((o) => siteKey(o.mention)))].filter((k): k is string => !!k && k !== except).sort();
  return mentions.map((m) => {
    const own = siteKey(m.mention);
    const article = byArticle.get(m.articleId) ?? [];
    const others = sites(
      article.filter((o) => o !== m && o.mention.category === m.mention.category),
      own,
    );
    const partners = sites(
      article.filter((o) => o.mention.category !== m.mention.category),
      null,
    );
    return others.length || partners.length ? { ...m, ...(others.length && { companions: others }), ...(partners.length && { partners }) } : m;
  });
}

/** Stable key of one mention: unique across the corpus, used for ids and tie-breaking. */
export function mentionKey(m: ArticleMention): string {
  return `${m.articleId}#${m.mention.index}`;
}

/** Total order used wherever a deterministic "first" mention is needed: earliest report first. */
export function compareMentions(a: ArticleMention, b: ArticleMention): number {
  const pa = a.publishedAt ?? '\uffff';
  const pb = b.publishedAt ?? '\uffff';
  if (pa !== pb) return pa < pb ? -1 : 1;
  const ka = mentionKey(a);
  const kb = mentionKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
