import { CrawlStore } from '@raseed/fetching';
import { FetchRecordsRepository, FetchUrlStateRepository } from '@raseed/persistence';

/** The crawler's persistence port, backed by the PostgreSQL seen-set and URL state. */
export function pgCrawlStore(records: FetchRecordsRepository, urls: FetchUrlStateRepository): CrawlStore {
  return {
    getUrlState: (url) => urls.get(url),
    putUrlState: (state) => urls.put(state),
    nextVersion: (sourceKey, contentHash) => records.nextVersion(sourceKey, contentHash),
    record: (sourceKey, articleId, contentHash, version) => records.record(sourceKey, articleId, contentHash, version),
    articleOwners: (articleIds) => records.articleOwners(articleIds),
    nextVersions: (items) => records.nextVersions(items),
    recordMany: (items) => records.recordMany(items),
  };
}
