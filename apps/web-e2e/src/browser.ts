import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BrowserContext, chromium, ConsoleMessage, Page } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const BASE_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ar'];

/**
 * CHROMIUM_PATH first, then a system Chromium, then the one that ships inside the
 * @sparticuz/chromium npm package (unpacked to the temp dir on first use), so `npm ci && npm test`
 * works on a machine with no browser installed. Never a browser downloaded at run time.
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<{ executablePath: string; args: string[] }> {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist`);
    return { executablePath: env.CHROMIUM_PATH, args: BASE_ARGS };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: BASE_ARGS };
  const packaged = (await import('@sparticuz/chromium')).default;
  // Its own flags (no zygote, software GL) are what its build needs; ours keep it offline.
  return { executablePath: await packaged.executablePath(), args: [...new Set([...packaged.args, ...BASE_ARGS])] };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests since the last takeProblems(). */
  takeProblems(): string[];
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveChromium();
  const profile = mkdtempSync(join(tmpdir(), 'raseed-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1360, height: 900 },
    locale: 'ar',
    timezoneId: 'UTC',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A navigation away aborts in-flight fetches; that is not a failure of the page.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('request', (req) => requests.push(req.url()));
  return {
    context,
    page,
    requests,
    takeProblems: () => {
      const out = problems;
      problems = [];
      return out;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
