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
