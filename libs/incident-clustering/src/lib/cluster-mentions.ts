import { IncidentMention } from '@raseed/contracts';

/** A mention together with the article that told it. */
export interface ArticleMention {
  articleId: string;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  mention: IncidentMention;
}

/**
 * In-memory clustering for batch use (the `incidents` CLI): returns one cluster id per
 * mention, in input order. Placeholder: every mention is its own cluster.
 */
export function clusterMentions(mentions: ArticleMention[]): string[] {
  return mentions.map((m) => `${m.articleId}#${m.mention.index}`);
}
