import { INestApplication } from '@nestjs/common';
import { bootstrapService } from '@raseed/platform';
import { PipelineTestEnv, startPipelineTestEnv } from '@raseed/platform/testing';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';

/** PostgreSQL killed or restarting under the launcher: the API says so (503), it does not crash (500). */
describe('api with PostgreSQL down', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    env = await startPipelineTestEnv();
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig(env.env)), http: { host: '127.0.0.1', port: 0 }, logLevel: 'fatal' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    expect((await fetch(`${base}/api/incidents`)).status).toBe(200);
    await env.db!.stop();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.broker.stop();
  });

  it('answers 503 with a plain reason and Retry-After for searches', async () => {
    for (const path of ['/api/incidents', '/api/incidents?q=x', '/api/articles']) {
      const res = await fetch(`${base}${path}`);
      const body = (await res.json()) as { statusCode: number; message: string };
      expect({ path, status: res.status }).toEqual({ path, status: 503 });
      expect(body.message).toMatch(/database is unavailable/);
      expect(res.headers.get('retry-after')).toBe('5');
    }
  });

  it('reports the database as down in /health', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: Record<string, { status: string }> };
    expect(body.error.database.status).toBe('down');
  });
});
