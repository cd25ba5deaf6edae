import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { isDatabaseUnavailable } from '@raseed/persistence';

// The few Express response members used (no @types/express in the workspace).
interface HttpResponse {
  headersSent: boolean;
  setHeader(name: string, value: string): void;
  status(code: number): { json(body: unknown): void };
}

/**
 * PostgreSQL down (killed, restarting under the launcher, unreachable) is not a bug in the
 * request: 503 with a plain reason and Retry-After, one warning line, no stack trace.
 * Everything else goes to Nest's default handling.
 */
@Catch()
export class DatabaseUnavailableFilter extends BaseExceptionFilter {
  private readonly log = new Logger('api');

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || !isDatabaseUnavailable(exception)) return super.catch(exception, host);
    const res = host.switchToHttp().getResponse<HttpResponse>();
    this.log.warn(`database unavailable: ${(exception as Error).message ?? exception}`);
    if (res.headersSent) return;
    res.setHeader('Retry-After', '5');
    res.status(503).json({ statusCode: 503, error: 'Service Unavailable', message: 'the database is unavailable (restarting or down); retry shortly' });
  }
}
