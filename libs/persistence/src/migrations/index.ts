import { PipelineState1763700000000 } from './1763700000000-pipeline-state';
import { IncidentSearchSchema1763710000000 } from './1763710000000-incident-search-schema';
import { FetcherSources1763720000000 } from './1763720000000-fetcher-sources';
import { SearchRecentIndexes1763730000000 } from './1763730000000-search-recent-indexes';
import { SearchDateIndexes1763740000000 } from './1763740000000-search-date-indexes';
import { SearchDocumentStorage1763750000000 } from './1763750000000-search-document-storage';
import { SearchArticleIncidents1763760000000 } from './1763760000000-search-article-incidents';
import { Webhooks1763790000000 } from './1763790000000-webhooks';
import { NearDuplicateBands1763810000000 } from './1763810000000-near-duplicate-bands';
import { NearDuplicateBandOrder1763830000000 } from './1763830000000-near-duplicate-band-order';
import { ArticleRejections1763840000000 } from './1763840000000-article-rejections';
import { SearchMentionSettling1763850000000 } from './1763850000000-search-mention-settling';

/** Every migration, in order. New migrations are appended here, never edited after merge. */
export const MIGRATIONS = [
  PipelineState1763700000000,
  IncidentSearchSchema1763710000000,
  FetcherSources1763720000000,
  SearchRecentIndexes1763730000000,
  SearchDateIndexes1763740000000,
  SearchDocumentStorage1763750000000,
  SearchArticleIncidents1763760000000,
  Webhooks1763790000000,
  NearDuplicateBands1763810000000,
  NearDuplicateBandOrder1763830000000,
  ArticleRejections1763840000000,
  SearchMentionSettling1763850000000,
];
