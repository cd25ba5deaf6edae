import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { existsSync } from 'fs';
import { join } from 'path';
import { WORKSPACE_ROOT } from '@raseed/config';

/** Where the built search page is (apps/web → dist/web); WEB_DIST_DIR in the API config overrides it. */
export const WEB_DIST_DIR = Symbol('WEB_DIST_DIR');
export const DEFAULT_WEB_DIST_DIR = join(WORKSPACE_ROOT, 'dist', 'web');

// The few Express request/response members used here (no @types/express in the workspace).
interface HttpRequest {
  path: string;
}
interface HttpResponse {
  setHeader(name: string, value: string): void;
  status(code: number): HttpResponse;
  type(type: string): HttpResponse;
  send(body: string): void;
  sendFile(path: string, options: { root: string; dotfiles: 'deny'; maxAge?: number; immutable?: boolean }, done: (err?: Error & { status?: number; statusCode?: number }) => void): void;
}

/**
 * Serves the search page at / and its bundle under /assets/. Nothing else: /api/* and /health
 * stay with their controllers, and an unknown path is a JSON 404 as before (no SPA fallback;
 * the page keeps its state in the query string).
 */
@ApiExcludeController()
@Controller()
export class WebController {
  constructor(@Inject(WEB_DIST_DIR) private readonly distDir: string) {}

  @Get()
  index(@Res() res: HttpResponse): void {
    if (!existsSync(join(this.distDir, 'index.html'))) {
      res.status(503).type('text/plain; charset=utf-8').send('The search page is not built: run `npx nx run web:build` (npm start builds it).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    this.send(res, 'index.html', false);
  }

  @Get('assets/*path')
  asset(@Req() req: HttpRequest, @Res() res: HttpResponse): void {
    let rel: string;
    try {
      rel = decodeURIComponent(req.path).replace(/^\/+/, '');
    } catch {
      res.status(400).type('text/plain; charset=utf-8').send('Bad path\n');
      return;
    }
    // Font files carry a content hash; the JS/CSS bundle keeps fixed names and is revalidated.
    const hashed = /^assets\/fonts\//.test(rel);
    if (!hashed) res.setHeader('Cache-Control', 'no-cache');
    this.send(res, rel, hashed);
  }

  private send(res: HttpResponse, rel: string, immutable: boolean): void {
    res.sendFile(rel, { root: this.distDir, dotfiles: 'deny', ...(immutable ? { maxAge: 31_536_000_000, immutable: true } : {}) }, (err) => {
      if (!err) return;
      const status = err.status ?? err.statusCode ?? 500;
      res
        .status(status === 403 || status === 404 ? 404 : status)
        .type('text/plain; charset=utf-8')
        .send('Not found\n');
    });
  }
}
