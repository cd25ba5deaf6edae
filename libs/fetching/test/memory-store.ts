import { ClaimDecision, CrawlStore, UrlState } from '../src/lib/crawl/ports';

/** The CrawlStore contract in memory, mirroring the PostgreSQL seen-set semantics. */
export class MemoryStore implements CrawlStore {
  readonly urls = new Map<string, UrlState>();
  readonly records = new Map<string, { hash: string; version: number; articleId: string }>();

  async getUrlState(url: string) {
    return this.urls.get(url) ?? null;
  }
  async putUrlState(state: UrlState) {
    this.urls.set(state.url, state);
  }
  async nextVersion(sourceKey: string, contentHash: string): Promise<ClaimDecision> {
    const prev = this.records.get(sourceKey);
    if (prev?.hash === contentHash) return { emit: false };
    return { emit: true, version: (prev?.version ?? 0) + 1 };
  }
  async nextVersions(items: Array<{ sourceKey: string; contentHash: string }>): Promise<ClaimDecision[]> {
    return Promise.all(items.map((i) => this.nextVersion(i.sourceKey, i.contentHash)));
  }
  async recordMany(items: Array<{ sourceKey: string; articleId: string; contentHash: string; version: number }>) {
    for (const i of items) await this.record(i.sourceKey, i.articleId, i.contentHash, i.version);
  }
  async record(sourceKey: string, _articleId: string, contentHash: string, version: number) {
    const prev = this.records.get(sourceKey);
    if (!prev || prev.version <= version) this.records.set(sourceKey, { hash: contentHash, version, articleId: _articleId });
  }
  async articleOwners(articleIds: string[]) {
    const owners = new Map<string, string>();
    for (const id of articleIds) {
      const owner = [...this.records].find(([, r]) => r.articleId === id)?.[0];
      if (owner) owners.set(id, owner);
    }
    return owners;
  }
}
