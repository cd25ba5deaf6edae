import { Actor, Evidence, EvidenceField, IncidentCategory, Weapon } from '@raseed/contracts';
import { CanonicalIncident } from '@raseed/incident-clustering';

/** One mention's evidence, as shown on the incident page. */
export interface MentionEvidence {
  articleId: string;
  index: number;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  confidence: number;
  evidence: Partial<Record<EvidenceField, Evidence>>;
  /**
   * Why this source is in the incident: its link to what the other sources agree on (the score
   * clustering compared with its threshold, and the per-field reasons). Absent for a single
   * source, and in documents written before it existed.
   */
  link?: { score: number | null; reasons: string[] };
}

/** What both search back ends store per incident: the canonical incident plus its evidence. */
export interface IncidentDocument extends CanonicalIncident {
  mentions: MentionEvidence[];
}

/** What both back ends store per article. */
export interface ArticleDocument {
  id: string;
  contentHash: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  lang: string;
  text: string;
  duplicateOf: string | null;
  incidentIds: string[];
}

export type IncidentSort = 'date' | 'relevance';

/** A longitude/latitude box, west to east without crossing the antimeridian. */
export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Validated incident search (see parseIncidentQuery). */
export interface IncidentQuery {
  q?: string;
  from?: string;
  to?: string;
  category?: IncidentCategory[];
  actor?: Actor[];
  weapon?: Weapon[];
  place?: string;
  near?: { lat: number; lon: number; km: number };
  /** Incidents whose place lies inside this box (degrees; the map's area filter). */
  bbox?: BoundingBox;
  minKilled?: number;
  sort: IncidentSort;
  page: number;
  size: number;
}

export interface ArticleQuery {
  q?: string;
  from?: string;
  to?: string;
  outlet?: string;
  page: number;
  size: number;
}

export interface IncidentSummary {
  id: string;
  category: IncidentCategory;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  place: { id: string | null; name_ar: string; name_en: string; lat: number; lon: number } | null;
  weapon: Weapon | null;
  actor: Actor | null;
  claimedBy: Actor | null;
  target: string | null;
  killed: number | null;
  injured: number | null;
  sourceCount: number;
  outlets: string[];
  score: number | null;
  highlight: string | null;
}

export interface FacetBucket {
  value: string;
  count: number;
}

export interface IncidentFacets {
  category: FacetBucket[];
  actor: FacetBucket[];
  weapon: FacetBucket[];
}

/** 'eq': exact; 'gte': more matches than the back end counts exactly (total and facets are lower bounds). */
export type TotalRelation = 'eq' | 'gte';

export interface IncidentSearchResult {
  total: number;
  totalRelation: TotalRelation;
  items: IncidentSummary[];
  facets: IncidentFacets;
}

export interface ArticleHit {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  incidentIds: string[];
  score: number | null;
  highlight: string | null;
}

export interface ArticleSearchResult {
  total: number;
  totalRelation: TotalRelation;
  items: ArticleHit[];
}

/** One search interface, two back ends (OpenSearch, PostgreSQL full-text). */
export interface SearchPort {
  /** Upserts incidents by id (idempotent). */
  indexIncidents(incidents: IncidentDocument[]): Promise<void>;
  /** Removes incidents that were merged away or lost all their mentions. */
  deleteIncidents(ids: string[]): Promise<void>;
  /** Upserts articles by id (idempotent). */
  indexArticles(articles: ArticleDocument[]): Promise<void>;
  searchIncidents(query: IncidentQuery): Promise<IncidentSearchResult>;
  getIncident(id: string): Promise<IncidentDocument | null>;
  searchArticles(query: ArticleQuery): Promise<ArticleSearchResult>;
  /** One source article with its full display text (evidence offsets index it). */
  getArticle(id: string): Promise<ArticleDocument | null>;
  facets(query: IncidentQuery): Promise<IncidentFacets>;
  /**
   * Every match of the query's filters (sort, page and size are ignored), newest first by
   * incident date, one page at a time by keyset: `after` is the previous page's `next` (null for
   * the first page). Pages may be shorter than `size`; `next` is null after the last one.
   */
  exportIncidents(query: IncidentQuery, after: string | null, size: number): Promise<IncidentPage>;
  /**
   * Readiness beyond answering reads: rejects when the back end cannot be written (OpenSearch:
   * the last bulk failed). Absent where writes go through the pipeline's own database.
   */
  health?(): Promise<void>;
}

/** One keyset page of full incident documents; `next` is an opaque cursor. */
export interface IncidentPage {
  items: IncidentDocument[];
  next: string | null;
}
