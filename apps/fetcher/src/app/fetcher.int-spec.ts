import { INestApplication } from '@nestjs/common';
import { ArticleFetchedV1, ArticleRejectedV1, TOPICS } from '@raseed/contracts';
import { bootTestService, PipelineTestEnv, readMessages, startPipelineTestEnv } from '@raseed/platform/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadFetcherConfig } from '../config/env.schema';
import { FetcherModule } from './fetcher.module';

describe('fetcher service (embedded broker + PostgreSQL)', () => {
  let env: PipelineTestEnv;
  let inbox: string;
  let app: INestApplication | null = null;
  const boot = async () => {
    const config = loadFetcherConfig({ ...env.env, INBOX_DIR: inbox, INBOX_POLL_MS: '100', INBOX_SETTLE_MS: '50', MAX_BODY_BYTES: '2048' });
    app = (await bootTestService('fetcher', FetcherModule.register(config))).app;
  };

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    inbox = mkdtempSync(join(tmpdir(), 'fetcher-inbox-'));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
    rmSync(inbox, { recursive: true, force: true });
  });

  it('emits inbox articles once, rejects oversize files with a reason, and never re-emits after a restart', async () => {
    writeFileSync(join(inbox, 'a1.txt'), 'قصف صاروخي على قاعدة عين الأسد');
    writeFileSync(join(inbox, 'a2.json'), JSON.stringify({ id: 'a2', url: 'https://example.org/a2', text: 'هجوم بطائرة مسيرة', published_at: '2024-01-02' }));
    writeFileSync(join(inbox, 'huge.txt'), 'ا'.repeat(3000));
    await boot();

    const fetched = await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 2);
    const events = fetched.map((m) => JSON.parse(m.value!.toString()) as ArticleFetchedV1);
    expect(events.map((e) => e.articleId).sort()).toEqual(['a1', 'a2']);
    expect(fetched.map((m) => m.key?.toString()).sort()).toEqual(['a1', 'a2']);
    expect(events.find((e) => e.articleId === 'a2')?.hints.publishedAt).toBe('2024-01-02');

    const rejected = (await readMessages(env.broker.brokers, TOPICS.ARTICLES_REJECTED_V1, 1)).map((m) => JSON.parse(m.value!.toString()) as ArticleRejectedV1);
    expect(rejected[0]).toMatchObject({ articleId: 'huge', reason: 'too_large' });

    // Restart: the seen-set in PostgreSQL stops re-emission; a changed file is a new version.
    await app!.close();
    writeFileSync(join(inbox, 'a3.txt'), 'غارة جوية على مستودع أسلحة');
    await boot();
    const after = await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 3);
    expect(after.map((m) => m.key?.toString()).sort()).toEqual(['a1', 'a2', 'a3']);
    writeFileSync(join(inbox, 'a1.txt'), 'قصف صاروخي على قاعدة عين الأسد، وتحديث للخبر');
    const updated = await readMessages(env.broker.brokers, TOPICS.ARTICLES_FETCHED_V1, 4);
    expect(updated.filter((m) => m.key?.toString() === 'a1')).toHaveLength(2);
  }, 60_000);

  it('answers /health with broker and database up', async () => {
    const url = (await app!.getUrl()).replace('[::1]', '127.0.0.1');
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' }, database: { status: 'up' } } });
  });
});
