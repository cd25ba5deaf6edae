// JSON shapes of the API (apps/api) as the page reads them. Mirrors libs/search SearchPort types;
// kept local so the browser bundle never pulls Node code in.

export type Category = 'attack_on_us_forces' | 'strike_on_militias';
export type SortOrder = 'date' | 'relevance';

export interface PlaceRef {
  id: string | null;
  name_ar: string;
  name_en: string;
  lat: number;
  lon: number;
  country?: string | null;
  admin1?: string | null;
  ancestors?: string[];
}

export interface IncidentSummary {
  id: string;
  category: Category;
  date: string | null;
  datePrecision: 'day' | 'month' | null;
  place: PlaceRef | null;
  weapon: string | null;
  actor: string | null;
  claimedBy: string | null;
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

export interface IncidentSearchResult {
  total: number;
  totalRelation?: 'eq' | 'gte';
  items: IncidentSummary[];
  facets: IncidentFacets;
}

export interface SourceRef {
  articleId: string;
  mentionIndex: number;
  outlet: string | null;
}

export interface AttributedValue<T> {
  value: T;
  sources: SourceRef[];
}

export interface FieldResolution<T> {
  chosen: T | null;
  rule: string;
  values: AttributedValue<T>[];
  conflicting: boolean;
}

export interface IncidentDate {
  value: string;
  precision: 'day' | 'month';
}

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

export interface MentionEvidence {
  articleId: string;
  index: number;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  confidence: number;
  evidence: Partial<Record<string, Evidence>>;
}

export interface IncidentSource {
  articleId: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface IncidentDocument {
  id: string;
  category: Category;
  date: IncidentDate | null;
  dateFrom: string | null;
  dateTo: string | null;
  place: PlaceRef | null;
  target: string | null;
  weapon: string | null;
  actor: string | null;
  claimedBy: string | null;
  killed: number | null;
  injured: number | null;
  killedMax: number | null;
  injuredMax: number | null;
  sources: IncidentSource[];
  fields: {
    date: FieldResolution<IncidentDate>;
    place: FieldResolution<PlaceRef>;
    target: FieldResolution<string>;
    weapon: FieldResolution<string>;
    actor: FieldResolution<string>;
    claimed_by: FieldResolution<string>;
    killed: FieldResolution<number>;
    injured: FieldResolution<number>;
  };
  firstReportedAt: string | null;
  lastReportedAt: string | null;
  confidence: number;
  mentions: MentionEvidence[];
}

/** An article's text, when the API offers it (GET /api/articles/:id); optional. */
export interface ArticleText {
  id: string;
  title?: string | null;
  text: string;
}
