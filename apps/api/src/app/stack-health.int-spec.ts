import { INestApplication } from '@nestjs/common';
import { bootstrapService } from '@raseed/platform';
import { PipelineTestEnv, startPipelineTestEnv } from '@raseed/platform/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadApiConfig } from '../config/env.schema';
import { ApiModule } from './api.module';

/** Under `npm start` the api's /health also says which supervised processes are down. */
describe('api /health under the launcher', () => {
  let env: PipelineTestEnv;
  let app: INestApplication;
  let base: string;
  let dir: string;
  let file: string;
  const status = (children: Array<{ name: string; up: boolean }>) =>
    writeFileSync(file, JSON.stringify({ updatedAt: new Date().toISOString(), children: children.map((c) => ({ ...c, pid: c.up ? 1 : null, restarts: 0 })) }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stack-health-'));
    file = join(dir, 'stack-status.json');
    env = await startPipelineTestEnv();
    app = await bootstrapService({ name: 'api', module: ApiModule.register(loadApiConfig({ ...env.env, STACK_STATUS_FILE: file })), http: { host: '127.0.0.1', port: 0 }, logLevel: 'fatal' });
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await env?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is healthy while every process is up, and names the ones that are down', async () => {
    status([
      { name: 'broker', up: true },
      { name: 'normaliser', up: true },
    ]);
    expect((await fetch(`${base}/health`)).status).toBe(200);

    status([
      { name: 'broker', up: true },
      { name: 'normaliser', up: false },
      { name: 'postgres', up: false },
    ]);
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: { stack: { status: string; message: string } } };
    expect(body.error.stack).toEqual({ status: 'down', message: 'down (being restarted by the launcher): normaliser, postgres' });
  });
});
