import { normaliseArabic } from '@raseed/arabic-text';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { ArticleMention, MatchResult, buildIncident, compareMentions, explainMembers, withCompanions } from '@raseed/incident-clustering';
import { ArticleDocument, IncidentDocument } from '../search.port';
import { ACTOR_WORDS, WEAPON_WORDS } from '../vocabulary/search-vocabulary';

/** Canonical incident plus each member's evidence, ready for either search back end. */
export function toIncidentDocument(members: readonly ArticleMention[]): IncidentDocument {
  const incident = buildIncident(members);
  const links = explainMembers(members);
  const mentions = [...members].sort(compareMentions).map((m) => ({
    articleId: m.articleId,
    index: m.mention.index,
    outlet: m.outlet,
    url: m.url,
    publishedAt: m.publishedAt,
    confidence: m.mention.confidence,
    evidence: m.mention.evidence,
    ...(links.has(m) ? { link: membershipLink(links.get(m)!) } : {}),
  }));
  return { ...incident, mentions };
}

/** The pair-score explanation of one source's place in its incident (JSON has no infinity: a copy's score is null). */
function membershipLink(r: MatchResult): { score: number | null; reasons: string[] } {
  return { score: Number.isFinite(r.score) ? Math.round(r.score * 100) / 100 : null, reasons: r.reasons };
}

/** Free text an incident is found by: its place names, target, weapon and sides, and every evidence sentence. */
export function incidentSearchText(doc: IncidentDocument): string {
  const parts = new Set<string>();
  for (const v of doc.fields.place.values) parts.add(`${v.value.name_ar} ${v.value.name_en}`);
  // "الحسكة" finds the attack on al-Shaddadi: the governorate, in the vocabulary's English names.
  for (const v of doc.fields.place.values) if (v.value.admin1) parts.add(v.value.admin1);
  for (const v of doc.fields.target.values) parts.add(v.value);
  for (const v of doc.fields.weapon.values) if (WEAPON_WORDS[v.value]) parts.add(WEAPON_WORDS[v.value]);
  for (const v of [...doc.fields.actor.values, ...doc.fields.claimed_by.values]) if (ACTOR_WORDS[v.value]) parts.add(ACTOR_WORDS[v.value]);
  for (const m of doc.mentions) for (const e of Object.values(m.evidence)) if (e) parts.add(e.sentence);
  return [...parts].join('\n');
}

/** Every name the incident's place is known by, normalised (trigram and analyzer input). */
export function incidentPlaceText(doc: IncidentDocument): string {
  return normaliseArabic(doc.fields.place.values.map((v) => `${v.value.name_ar} ${v.value.name_en}`).join(' '));
}

/** Mentions of one extracted article, in the shape clustering works on. */
export function articleMentions(event: IncidentsExtractedV1): ArticleMention[] {
  // Each with the other sites of its category, and those of the other category, the article reports
  // (see ArticleMention.companions and partners).
  return withCompanions(
    event.incidents.map((mention) => ({
      articleId: event.articleId,
      publishedAt: event.article.publishedAt,
      outlet: event.article.outlet,
      url: event.article.url,
      mention,
      // An agency copy shares its original's incidents (see ArticleMention.duplicateOf).
      ...(event.article.duplicateOf ? { duplicateOf: event.article.duplicateOf } : {}),
      // Copies are linked by it in the clustering, whatever order they came in (see copiesPresent).
      ...(event.article.fingerprint ? { fingerprint: event.article.fingerprint } : {}),
    })),
  );
}

export function toArticleDocument(event: IncidentsExtractedV1, incidentIds: string[]): ArticleDocument {
  return {
    id: event.articleId,
    contentHash: event.contentHash,
    url: event.article.url,
    outlet: event.article.outlet,
    title: event.article.title,
    publishedAt: event.article.publishedAt,
    lang: event.article.lang,
    text: event.article.text,
    duplicateOf: event.article.duplicateOf,
    incidentIds: [...incidentIds].sort(),
  };
}
