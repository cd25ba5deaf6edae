// JSON shapes of the API (apps/api), imported from the libs that define them. Type-only: the
// bundler erases these imports, so no Node code reaches the browser bundle.

export type { IncidentCategory as Category, Evidence, Place as PlaceRef } from '@raseed/contracts';
export type { AttributedValue, FieldResolution, IncidentDate, IncidentSource, SourceRef } from '@raseed/incident-clustering';
export type { FacetBucket, IncidentDocument, IncidentFacets, IncidentSearchResult, IncidentSort as SortOrder, IncidentSummary, MentionEvidence } from '@raseed/search';

/** An article's text, when the API offers it (GET /api/articles/:id); optional. */
export interface ArticleText {
  id: string;
  title?: string | null;
  text: string;
}
