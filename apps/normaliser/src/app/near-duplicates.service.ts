import { Injectable } from '@nestjs/common';
import { BAND_SAMPLE, decideDuplicates, fingerprintBandKeys } from '@raseed/article-normalisation';
import { NearDuplicateStore } from '@raseed/persistence';

/**
 * Near-duplicate lookup over every article any normaliser has seen: the shared index in
 * PostgreSQL (LSH bands indexed), so replicas agree, a restart reloads nothing, and memory does
 * not grow with the corpus.
 */
@Injectable()
export class NearDuplicatesService {
  constructor(private readonly store: NearDuplicateStore) {}

  /** Records the article and returns the earlier article it copies, if any (never itself). */
  async register(articleId: string, fingerprint: string): Promise<string | null> {
    return (await this.registerMany([{ articleId, fingerprint }]))[0];
  }

  /**
   * `register` for a batch, in order (a later article can be a copy of an earlier one of the
   * same batch), in one transaction: concurrent normalisers racing on copies of one story wait
   * for each other on the shared bands, so only one of them is taken as the original. Bounded per
   * article (crowded bands sampled, a few candidates compared), so a batch takes about the same
   * time however many registered articles share its bands.
   */
  registerMany(articles: Array<{ articleId: string; fingerprint: string }>): Promise<Array<string | null>> {
    return this.store.register(
      articles.map((a) => ({ ...a, bands: fingerprintBandKeys(a.fingerprint) })),
      (members, batch, fingerprintsOf) => decideDuplicates(members, batch, fingerprintsOf),
      BAND_SAMPLE,
    );
  }
}
