import { decideDuplicates, fingerprintBandKeys } from '@raseed/article-normalisation';
import { startTestDatabase, TestDatabase } from '@raseed/persistence/testing';
import { createDataSource } from './data-source';
import { DuplicateDecision, NearDuplicateStore } from './near-duplicate.store';
import { DataSource } from 'typeorm';

/** A deterministic fingerprint: 64 words from a seed; a copy changes `changed` of them (similarity 1 − changed/64). */
function fingerprint(seed: number, changed = 0, variant = 0): string {
  let s = seed * 2654435761 + 1;
  const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) & 0x03ffffff;
  const words = Array.from({ length: 64 }, rand);
  for (let k = 0; k < changed; k++) words[(k * 7 + variant * 13) % 64] = (variant * 1000 + k + 1) & 0x03ffffff;
  return `mh1:${words.map((w) => w.toString(16).padStart(8, '0')).join('')}`;
}
const item = (articleId: string, fp: string) => ({ articleId, fingerprint: fp, bands: fingerprintBandKeys(fp) });
const decide: DuplicateDecision = (members, batch, fingerprintsOf) => decideDuplicates(members, batch, fingerprintsOf);
const SAMPLE = 32;

describe('near-duplicate store shared by normalisers (PostgreSQL)', () => {
  let db: TestDatabase;
  let second: DataSource;
  beforeAll(async () => {
    db = await startTestDatabase();
    second = await createDataSource(db.url, 4).initialize();
  }, 60_000);
  afterAll(async () => {
    await second?.destroy();
    await db?.stop();
  });

  it('finds an original registered earlier (by band lookup), keeps nothing in the process, answers a redelivery the same', async () => {
    const store = new NearDuplicateStore(db.dataSource);
    expect(await store.register([item('o1', fingerprint(1)), item('u1', fingerprint(2))], decide, SAMPLE)).toEqual([null, null]);
    expect(await store.register([item('c1', fingerprint(1, 10, 1)), item('c2', fingerprint(1, 12, 2))], decide, SAMPLE)).toEqual(['o1', 'o1']);
    // A fresh store (another process, or a restart) knows them all.
    expect(await new NearDuplicateStore(second).register([item('c3', fingerprint(1, 8, 3))], decide, SAMPLE)).toEqual(['o1']);
    // The same article again (a normaliser died before committing its offsets): the same answer, not "copy of c3".
    expect(await store.register([item('o1', fingerprint(1))], decide, SAMPLE)).toEqual([null]);
    const bands = await db.dataSource.query(`SELECT count(*)::int AS n FROM near_duplicate_bands WHERE article_id = 'o1'`);
    expect(bands).toEqual([{ n: 32 }]);
  });

  it('a new version of an article replaces its bands (and is not a copy of its old self)', async () => {
    const store = new NearDuplicateStore(db.dataSource);
    expect(await store.register([item('v1', fingerprint(70))], decide, SAMPLE)).toEqual([null]);
    expect(await store.register([item('v1', fingerprint(71))], decide, SAMPLE)).toEqual([null]);
    const bands: Array<{ band_key: string }> = await db.dataSource.query(`SELECT band_key FROM near_duplicate_bands WHERE article_id = 'v1' ORDER BY band_key`);
    expect(bands.map((b) => b.band_key)).toEqual([...fingerprintBandKeys(fingerprint(71))].sort());
    // The old text is no longer found, the new one is.
    expect(await store.register([item('w1', fingerprint(70, 4, 1)), item('w2', fingerprint(71, 4, 2))], decide, SAMPLE)).toEqual([null, 'v1']);
  });

  it('never accepts two copies of one story as originals when normalisers race', async () => {
    const a = new NearDuplicateStore(db.dataSource);
    const b = new NearDuplicateStore(second);
    // 24 copies of story 50 in single-article batches, alternating between two stores, all at once.
    const copies = Array.from({ length: 24 }, (_, i) => item(`race-${i}`, fingerprint(50, 6 + (i % 5), i)));
    const answers = await Promise.all(copies.map((c, i) => (i % 2 ? a : b).register([c], decide, SAMPLE)));
    const originals = answers
      .flat()
      .map((d, i) => [copies[i].articleId, d])
      .filter(([, d]) => d === null);
    expect(originals).toHaveLength(1);
    const stored = await db.dataSource.query(`SELECT count(*)::int AS n FROM article_fingerprints WHERE article_id LIKE 'race-%' AND duplicate_of IS NULL`);
    expect(stored).toEqual([{ n: 1 }]);
  });

  it('reads a crowded band as its first members only and still finds a late copy by the bands it shares', async () => {
    const store = new NearDuplicateStore(db.dataSource);
    // 120 articles sharing 24 of 64 words (12 bands, similarity 0.375: not copies), then a story with its own words and its copy.
    const templated = (seed: number, own: number) => {
      const base = fingerprint(seed).slice(4).match(/.{8}/g) as string[];
      const shared = fingerprint(900).slice(4).match(/.{8}/g) as string[];
      return `mh1:${base.map((w, k) => (k < 64 - own ? shared[k] : w)).join('')}`;
    };
    let read = { members: 0, fingerprints: 0 };
    const counting: DuplicateDecision = async (members, batch, fingerprintsOf) => {
      read = { members: members.length, fingerprints: 0 };
      return decideDuplicates(members, batch, async (ids) => {
        read.fingerprints += ids.length;
        return fingerprintsOf(ids);
      });
    };
    for (let b = 0; b < 4; b++) {
      const batch = Array.from({ length: 30 }, (_, i) => item(`tpl-${b * 30 + i}`, templated(1000 + b * 30 + i, 40)));
      expect(await store.register(batch, counting, SAMPLE)).toEqual(batch.map(() => null));
    }
    // The last batch read at most SAMPLE members of each crowded band, not all 90 registered before it.
    expect(read.members).toBe(12 * SAMPLE);
    const story = templated(5000, 40);
    expect(await store.register([item('story', story)], counting, SAMPLE)).toEqual([null]);
    const copy = `mh1:${(story.slice(4).match(/.{8}/g) as string[]).map((w, k) => (k >= 56 && k % 2 ? '00000001' : w)).join('')}`;
    expect(await store.register([item('story-copy', copy)], counting, SAMPLE)).toEqual(['story']);
    // Candidates compared: a bounded few, whatever the band sizes.
    expect(read.fingerprints).toBeLessThanOrEqual(32);
    // And a crowded band stores no more than the members that stand for it.
    expect(await db.dataSource.query(`SELECT max(n)::int AS most FROM (SELECT count(*) AS n FROM near_duplicate_bands GROUP BY band_key) c`)).toEqual([{ most: SAMPLE }]);
  });
});
