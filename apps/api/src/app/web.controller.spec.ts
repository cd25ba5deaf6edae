import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

describe('WebController: the search page at / and /assets/*', () => {
  const dist = mkdtempSync(join(tmpdir(), 'raseed-web-dist-'));
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets', 'fonts'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"></html>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'fonts', 'f-ABC.woff2'), 'x');
    writeFileSync(join(dist, 'secret.txt'), 'no');
    const { WebController, WEB_DIST_DIR } = await import('./web.controller');
    const moduleRef = await Test.createTestingModule({ controllers: [WebController], providers: [{ provide: WEB_DIST_DIR, useValue: dist }] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and the bundle under /assets, fonts as immutable', async () => {
    const index = await fetch(`${base}/?q=${encodeURIComponent('التنف')}`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('dir="rtl"');
    const js = await fetch(`${base}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const font = await fetch(`${base}/assets/fonts/f-ABC.woff2`);
    expect(font.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('serves nothing outside /assets and no missing file', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2f..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/api/whatever`)).status).toBe(404);
  });
});
