import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { NearDuplicateIndex } from '@raseed/article-normalisation';
import { FingerprintsRepository } from '@raseed/persistence';

/**
 * Near-duplicate lookup over every article seen so far: in memory for speed, persisted in
 * PostgreSQL and reloaded at boot so a restart forgets nothing.
 */
@Injectable()
export class NearDuplicatesService implements OnApplicationBootstrap {
  private readonly log = new Logger(NearDuplicatesService.name);
  private readonly index = new NearDuplicateIndex();
  private readonly known = new Set<string>();

  constructor(private readonly fingerprints: FingerprintsRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    for await (const batch of this.fingerprints.all()) {
      for (const f of batch) this.remember(f.articleId, f.fingerprint);
    }
    this.log.log(`near-duplicate index loaded with ${this.known.size} article(s)`);
  }

  /** Records the article and returns the earlier article it copies, if any (never itself). */
  async register(articleId: string, fingerprint: string): Promise<string | null> {
    return (await this.registerMany([{ articleId, fingerprint }]))[0];
  }

  /**
   * `register` for a batch, in order (a later article can be a copy of an earlier one of the
   * same batch), with one database write for all of them.
   */
  async registerMany(articles: Array<{ articleId: string; fingerprint: string }>): Promise<Array<string | null>> {
    const rows = articles.map(({ articleId, fingerprint }) => {
      const match = this.index.findMatches(fingerprint).find((m) => m.id !== articleId);
      this.remember(articleId, fingerprint);
      return { articleId, fingerprint, duplicateOf: match?.id ?? null };
    });
    await this.fingerprints.saveMany(rows);
    return rows.map((r) => r.duplicateOf);
  }

  private remember(articleId: string, fingerprint: string): void {
    if (this.known.has(articleId)) return;
    this.known.add(articleId);
    this.index.add(articleId, fingerprint);
  }
}
