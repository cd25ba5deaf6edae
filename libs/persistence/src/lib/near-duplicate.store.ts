import { DataSource, EntityManager } from 'typeorm';

/** An article to register: its fingerprint and that fingerprint's LSH band keys. */
export interface FingerprintToRegister {
  articleId: string;
  fingerprint: string;
  bands: string[];
}

/** A registered article in the sample of one band the batch touches (the band's first members, by seq). */
export interface RegisteredBandMember {
  band: string;
  articleId: string;
  seq: number;
}

/**
 * Given the samples of the batch's bands (each band's first `bandSample` registered members) and
 * the articles to decide (in delivery order), the article each copies, or null; `fingerprintsOf`
 * reads the registered fingerprints of the candidates it picks (in the same transaction).
 */
export type DuplicateDecision = (members: RegisteredBandMember[], batch: FingerprintToRegister[], fingerprintsOf: (ids: string[]) => Promise<Map<string, string>>) => Promise<Array<string | null>>;

/** Lock stripes per band key hash: bounds the locks one transaction holds, whatever the batch size. */
export const BAND_LOCK_STRIPES = 512;
/** First key of the band locks (two-key advisory locks: never the same as single-bigint ones). */
const BAND_LOCK_SPACE = 0x2d5;

/**
 * The near-duplicate index every normaliser shares, in PostgreSQL: fingerprints in
 * article_fingerprints, their LSH bands in near_duplicate_bands (indexed by band key). Nothing is
 * kept in the process, so memory does not grow with the corpus and a restart reloads nothing.
 *
 * Bounded: a band shared by thousands of articles (a template, a story re-posted all day) is read
 * as its first `bandSample` members only (near_duplicate_bands_seq_idx), and only the fingerprints
 * of the candidates the decision picks are read, so a registration costs the same at any size.
 *
 * Consistency: a registration locks (transaction advisory locks, sorted) the stripes of all its
 * articles' bands, then reads the registered articles sharing a band, decides, and inserts, all in
 * one transaction. Two near-duplicates share a band (that is how they are found), so two
 * normalisers registering them at once wait for each other on that band's stripe, and the second
 * sees the first committed: they cannot both be accepted as originals.
 */
export class NearDuplicateStore {
  constructor(private readonly ds: DataSource) {}

  /**
   * Registers a batch in order and returns each article's original (or null). An article already
   * registered with the same fingerprint gets its stored answer again: a redelivered batch (a
   * normaliser killed before committing its offsets) produces the same events.
   */
  register(batch: FingerprintToRegister[], decide: DuplicateDecision, bandSample: number): Promise<Array<string | null>> {
    if (batch.length === 0) return Promise.resolve([]);
    return this.ds.transaction(async (m) => {
      const bands = [...new Set(batch.flatMap((b) => b.bands))];
      await lockBandStripes(m, bands);
      const ids = batch.map((b) => b.articleId);
      const stored = new Map<string, { fingerprint: string; duplicate_of: string | null }>(
        (await m.query(`SELECT article_id, fingerprint, duplicate_of FROM article_fingerprints WHERE article_id = ANY($1::text[])`, [ids])).map(
          (r: { article_id: string; fingerprint: string; duplicate_of: string | null }) => [r.article_id, r],
        ),
      );
      // Later copies of one article in the batch: the last fingerprint wins, as a redelivery would.
      const last = new Map(batch.map((b) => [b.articleId, b]));
      const fresh = [...last.values()].filter((b) => stored.get(b.articleId)?.fingerprint !== b.fingerprint);
      const decided = new Map<string, string | null>();
      for (const b of last.values()) if (!fresh.includes(b)) decided.set(b.articleId, stored.get(b.articleId)!.duplicate_of);
      if (fresh.length) {
        const members: RegisteredBandMember[] = (
          await m.query(
            `SELECT k.band, s.article_id, s.seq FROM unnest($1::text[]) AS k(band)
             CROSS JOIN LATERAL (SELECT b.article_id, b.seq FROM near_duplicate_bands b WHERE b.band_key = k.band ORDER BY b.seq LIMIT $2) s`,
            [[...new Set(fresh.flatMap((b) => b.bands))], bandSample],
          )
        ).map((r: { band: string; article_id: string; seq: string }) => ({ band: r.band, articleId: r.article_id, seq: Number(r.seq) }));
        const fingerprintsOf = async (wanted: string[]) =>
          new Map<string, string>(
            (await m.query(`SELECT article_id, fingerprint FROM article_fingerprints WHERE article_id = ANY($1::text[])`, [wanted])).map((r: { article_id: string; fingerprint: string }) => [
              r.article_id,
              r.fingerprint,
            ]),
          );
        const answers = await decide(members, fresh, fingerprintsOf);
        fresh.forEach((b, i) => decided.set(b.articleId, answers[i]));
        const registered: Array<{ article_id: string; seq: string }> = await m.query(
          `INSERT INTO article_fingerprints (article_id, fingerprint, duplicate_of, created_at)
           SELECT r.id, r.fp, r.dup, now() FROM ROWS FROM (json_to_recordset($1::json) AS (id text, fp text, dup text)) WITH ORDINALITY AS r(id, fp, dup, ord)
           ORDER BY ord
           ON CONFLICT (article_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, duplicate_of = EXCLUDED.duplicate_of
           RETURNING article_id, seq`,
          [JSON.stringify(fresh.map((b) => ({ id: b.articleId, fp: b.fingerprint, dup: decided.get(b.articleId) ?? null })))],
        );
        const reRegistered = fresh.filter((b) => stored.has(b.articleId)).map((b) => b.articleId);
        if (reRegistered.length) await m.query(`DELETE FROM near_duplicate_bands WHERE article_id = ANY($1::text[])`, [reRegistered]);
        // A band already holding its first `bandSample` members gets no more rows: they would never
        // be read (as the in-memory index keeps no more), and a template's crowded bands would
        // otherwise take most of the insert. No ON CONFLICT: a fresh article's old bands were
        // deleted just above (half the cost of this insert).
        const gone = new Set(reRegistered);
        const held = new Map<string, number>();
        for (const x of members) if (!gone.has(x.articleId)) held.set(x.band, (held.get(x.band) ?? 0) + 1);
        const seqOf = new Map(registered.map((r) => [r.article_id, r.seq]));
        const rows = fresh.flatMap((b) =>
          [...new Set(b.bands)].flatMap((band) => {
            const n = held.get(band) ?? 0;
            if (n >= bandSample) return [];
            held.set(band, n + 1);
            return [[band, b.articleId, seqOf.get(b.articleId)] as const];
          }),
        );
        await m.query(`INSERT INTO near_duplicate_bands (band_key, article_id, seq) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])`, [
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
          rows.map((r) => r[2]),
        ]);
      }
      return batch.map((b) => decided.get(b.articleId) ?? null);
    });
  }

  /** Registered articles (for tests and tools). */
  async count(): Promise<number> {
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM article_fingerprints`);
    return n;
  }
}

/** Sorted, so two registrations never wait for each other in opposite orders. */
async function lockBandStripes(m: EntityManager, bands: string[]): Promise<void> {
  if (!bands.length) return;
  await m.query(
    `SELECT pg_advisory_xact_lock($1::int, s.stripe) FROM (
       SELECT DISTINCT (hashtext(b) & ${BAND_LOCK_STRIPES - 1}) AS stripe FROM unnest($2::text[]) AS b ORDER BY 1) s`,
    [BAND_LOCK_SPACE, bands],
  );
}
