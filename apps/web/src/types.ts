// JSON shapes of the API (apps/api), imported from the libs that define them. Type-only: the
// bundler erases these imports, so no Node code reaches the browser bundle.
import type { ArticleDocument } from '@raseed/search';

export type { IncidentCategory as Category, Evidence, Place as PlaceRef } from '@raseed/contracts';
export type { AttributedValue, FieldResolution, IncidentDate, IncidentSource, SourceRef } from '@raseed/incident-clustering';
export type { ArticleDocument, FacetBucket, IncidentDocument, IncidentFacets, IncidentSearchResult, IncidentSort as SortOrder, IncidentSummary, MentionEvidence } from '@raseed/search';

/** What the incident detail shows of a source article (GET /api/articles/:id, when the API offers it). */
export type ArticleText = Pick<ArticleDocument, 'id' | 'title' | 'text'>;
