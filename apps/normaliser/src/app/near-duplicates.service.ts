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
    const match = this.index.findMatches(fingerprint).find((m) => m.id !== articleId);
    const duplicateOf = match?.id ?? null;
    this.remember(articleId, fingerprint);
    await this.fingerprints.save(articleId, fingerprint, duplicateOf);
    return duplicateOf;
  }

  private remember(articleId: string, fingerprint: string): void {
    if (this.known.has(articleId)) return;
    this.known.add(articleId);
    this.index.add(articleId, fingerprint);
  }
}
