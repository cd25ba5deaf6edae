import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { findFreePort } from '@raseed/persistence';
import { Browser, launchBrowser } from './browser';
import { getJson, StackRunner as Stack, waitUntil } from '@raseed/platform/testing';
import { readAtom, readCsv } from '@raseed/incident-export/testing';

// Browser globals used inside page.evaluate callbacks (this file compiles without the DOM lib).
interface DomElement {
  id: string;
  dataset: Record<string, string | undefined>;
}
declare const document: {
  activeElement: DomElement | null;
  body: unknown;
  fonts: { ready: Promise<unknown>; check(font: string, text: string): boolean; [Symbol.iterator](): Iterator<{ family: string; status: string }> };
};
declare const getComputedStyle: (el: unknown) => { direction: string };

const FIXTURES = join(__dirname, '..', 'fixtures');
const ARTIFACTS = resolve(__dirname, '..', '..', '..', 'test-artifacts', 'web-e2e');

interface IncidentList {
  total: number;
  items: Array<{ id: string; sourceCount: number; place: { name_en: string } | null; injured: number | null }>;
}

/**
 * The search page against a real `npm start` stack fed with the fixture articles (SEED_DIR=/path
 * adds more, e.g. the project's seed corpus): search in Arabic, filter, open an incident, read its
 * evidence and sources, switch language, use the keyboard. Screenshots go to test-artifacts/web-e2e.
 * Every step fails on a console error, a page error or a failed request; axe-core checks the
 * WCAG 2 A/AA rules (contrast included) on the main views.
 */
describe('search page (headless Chromium against npm start)', () => {
  let dir: string;
  let stack: Stack;
  let api: string;
  let browser: Browser;
  let asadId: string;

  const shot = (name: string) => browser.page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'raseed-web-e2e-'));
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(inbox, f));
    if (process.env.SEED_DIR) for (const f of readdirSync(process.env.SEED_DIR)) copyFileSync(join(process.env.SEED_DIR, f), join(inbox, `seed-${f}`));
    const port = await findFreePort();
    api = `http://127.0.0.1:${port}`;
    stack = new Stack({ DATA_DIR: join(dir, 'data'), INBOX_DIR: inbox, API_PORT: String(port), KAFKA_BROKERS: '', DATABASE_URL: '', OPENSEARCH_URL: '', LAG_POLL_MS: '1000' });
    const [b] = await Promise.all([launchBrowser(), (async () => stack.start())()]);
    browser = b;
    await waitUntil('API health', async () => (await getJson(`${api}/health`)).status === 200, 90_000, stack);
    // Every fixture is indexed once the two reports of the Ain al-Asad attack are one incident.
    const all = await waitUntil(
      'fixture incidents indexed',
      async () => {
        const { body } = await getJson<IncidentList>(`${api}/api/incidents?size=100`);
        const asad = body.items.find((i) => /asad/i.test(i.place?.name_en ?? '') && i.sourceCount >= 2);
        return body.total >= 4 && asad ? body : null;
      },
      60_000,
      stack,
    );
    asadId = all.items.find((i) => /asad/i.test(i.place?.name_en ?? '') && i.sourceCount >= 2)!.id;
  }, 150_000);

  afterEach(() => {
    expect(browser.takeProblems()).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves a right-to-left Arabic page with its own font, results, facets, timeline and pipeline panel', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    await expectStable(page.locator('.result').first());
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    // The Arabic font comes from the bundle (an npm package), not a CDN; nothing leaves the API's origin.
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans Arabic"', 'هجوم') && [...document.fonts].some((f) => f.family.includes('Noto Sans Arabic') && f.status === 'loaded');
    });
    expect(fontLoaded).toBe(true);
    expect(browser.requests.filter((u) => !u.startsWith(api) && !u.startsWith('data:'))).toEqual([]);

    expect(await page.locator('.result').count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('#results-h').textContent()).resolves.toMatch(/حوادث|حادثة/);
    // Facet counts from the API.
    const attack = page.locator('[data-facet="category"] li', { hasText: 'هجوم على القوات الأمريكية' });
    expect(Number(await attack.locator('.count').textContent())).toBeGreaterThanOrEqual(3);
    // Timeline histogram, and the pipeline panel: live lag per consumer group, or a clear "unavailable".
    await page.locator('.timeline .bar').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.timeline .bar').count()).toBeGreaterThanOrEqual(3);
    const lagAvailable = (await getJson<{ paths: Record<string, unknown> }>(`${api}/api/docs-json`)).body.paths['/api/lag'] !== undefined;
    if (lagAvailable) {
      // One row per consumer group (normaliser, extractor, indexer), refreshed every few seconds.
      for (const group of ['normaliser', 'extractor', 'indexer']) await page.locator(`.pipeline table[data-state="live"] tr[data-group="${group}"]`).waitFor({ timeout: 15_000 });
      // Each row shows how many replicas (consumer-group members) the stage runs.
      await page.locator(`.pipeline tr[data-group="indexer"] .replicas[data-members]`).waitFor({ timeout: 15_000 });
    } else {
      await page.locator('.pipeline [data-state="unavailable"]').waitFor();
    }
    await expectAccessible(page);
    await shot('01-home');
  });

  it('searches in Arabic, normalised like the index, with highlights and a deep link', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    // No hamza (الاسد), as people type; the index normalises both sides.
    await page.fill('#q', 'عين الاسد');
    await page.press('#q', 'Enter');
    await page.waitForURL(/q=/);
    await settled(page);
    const card = page.locator(`.result[data-id="${asadId}"]`);
    await expectStable(card);
    expect(await card.locator('.snippet mark').count()).toBeGreaterThan(0);
    expect(await card.textContent()).toMatch(/وكالة الخليج/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('عين الاسد');
    await shot('02-search-arabic');

    // The URL alone restores the search (deep link).
    await page.goto(page.url());
    await expectStable(page.locator(`.result[data-id="${asadId}"]`));
    expect(await page.inputValue('#q')).toBe('عين الاسد');
  });

  it('applies a facet filter and a date range; the URL carries them', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    await expectStable(page.locator('.result').first());
    await page.locator('[data-facet="category"] label', { hasText: 'ضربة على الفصائل المسلحة' }).click();
    await page.waitForURL(/category=strike_on_militias/);
    await waitForCount(page, '.result', (n) => n >= 1);
    const cats = await page.locator('.result .badge').allTextContents();
    expect(cats.every((c) => c === 'ضربة على الفصائل المسلحة')).toBe(true);
    expect(await page.locator('.result h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/البوكمال/)]));
    await shot('03-filter-category');

    // Date range through the filter form, on top of the category.
    await page.fill('input[name="from"]', '2024-03-01');
    await page.fill('input[name="to"]', '2024-03-31');
    await page.locator('.filter-form button[type="submit"]').click();
    await page.waitForURL(/from=2024-03-01/);
    await page.locator('.empty').first().waitFor();
    expect(await page.locator('.result').count()).toBe(0);
    // Back: the previous state comes back from history.
    await page.goBack();
    await waitForCount(page, '.result', (n) => n >= 1);
    expect(await page.locator('[data-facet="category"] input[value="strike_on_militias"]').isChecked()).toBe(true);
  });

  it('pages through results and sorts by date or relevance', async () => {
    const { page } = browser;
    await page.goto(`${api}/?size=2`);
    await waitForCount(page, '.result', (n) => n === 2);
    const first = await page.locator('.result').evaluateAll((els) => els.map((e) => (e as unknown as DomElement).dataset.id));
    const dates1 = await page.locator('.result time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    await page.locator('.pager a', { hasText: 'التالي' }).click();
    await page.waitForURL(/page=2/);
    await waitForCount(page, '.result', (n) => n === 2);
    const second = await page.locator('.result').evaluateAll((els) => els.map((e) => (e as unknown as DomElement).dataset.id));
    expect(second.some((id) => first.includes(id))).toBe(false);
    // Newest first by default: page 2 is older than page 1.
    const dates2 = await page.locator('.result time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates2[0] <= dates1[dates1.length - 1]).toBe(true);
    expect(await page.locator('.pager [aria-current="page"]').textContent()).toBe('2');

    await page.fill('#q', 'هجوم');
    await page.press('#q', 'Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'هجوم' && !u.searchParams.has('page'));
    await page.selectOption('.searchbar select', 'relevance');
    await page.waitForURL(/sort=relevance/);
    await waitForCount(page, '.result', (n) => n >= 1);
    await shot('04-paging-relevance');
  });

  it('opens an incident from the keyboard: every figure with its source, evidence sentences, source articles', async () => {
    const { page } = browser;
    await page.goto(`${api}/?q=${encodeURIComponent('عين الأسد')}`);
    await expectStable(page.locator(`.result[data-id="${asadId}"]`));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    await page.keyboard.press('Escape');
    // j / ↓ moves through results; Enter opens.
    await page.keyboard.press('j');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.dataset.id)) !== asadId; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`incident=${asadId}`));
    // Focus moves to the heading (fails on timeout if it never does).
    await page.waitForFunction(() => document.activeElement?.id === 'detail-h', undefined, { timeout: 5000 });

    const injured = page.locator('.fact', { has: page.locator('dt', { hasText: 'الجرحى' }) });
    expect(await injured.locator('.chip.warn').count()).toBe(1); // conflicting figures flagged
    const figures = (await injured.locator('.values li').allTextContents()).map((s) => s.replace(/\s+/g, ' '));
    // "إصابة 6 جنود أمريكيين وعسكري عراقي": six and one more on the side attacked.
    expect(figures).toEqual(expect.arrayContaining([expect.stringMatching(/4 .*وكالة الخليج/), expect.stringMatching(/7 .*أخبار المشرق/)]));
    const place = await page.locator('.fact', { has: page.locator('dt', { hasText: 'المكان' }) }).textContent();
    expect(place).toMatch(/عين الأسد/);
    expect(place).toMatch(/الأنبار/); // governorate
    expect(place).toMatch(/33\.\d+, 42\.\d+/); // coordinates

    // Evidence: the sentences that gave each figure, marked, per source article.
    const evidence = await page.locator('.evidence mark').allTextContents();
    expect(evidence.some((s) => s.includes('إصابة 4 جنود'))).toBe(true);
    expect(evidence.some((s) => s.includes('إصابة 6 جنود'))).toBe(true);
    // Sources: outlet, date, link.
    const rows = page.locator('.sources tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/وكالة الخليج.*2024/), expect.stringMatching(/أخبار المشرق.*2024/)]));
    expect(await page.locator('.sources a[href^="https://"]').count()).toBe(2);
    await expectAccessible(page);
    await shot('05-incident-detail');

    // Esc goes back to the results, focus on the incident it came from.
    await page.keyboard.press('Escape');
    await page.locator(`.result[data-id="${asadId}"]`).waitFor();
    await page.waitForFunction((id) => document.activeElement?.dataset.id === id, asadId);
  });

  it('switches the labels to English and keeps the state in the URL', async () => {
    const { page } = browser;
    await page.goto(`${api}/?incident=${asadId}`);
    await page.locator('#detail-h').waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.fact dt').allTextContents()).toEqual(expect.arrayContaining(['Injured', 'Killed', 'Place']));
    expect(await page.locator('.detail-head .badge').textContent()).toBe('Attack on US forces');
    await expectAccessible(page);
    await shot('06-incident-english');
  });

  it('shows the search on a labelled, keyboard-reachable map linked with the list; a marker opens its incident', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    const map = page.getByRole('region', { name: 'خريطة', exact: true });
    await map.waitFor();
    const marker = page.locator(`.map .marker[data-id="${asadId}"]`);
    await expectStable(marker);
    // Every located incident of the search is on the map, alone or in a cluster.
    const located = (await getJson<IncidentList>(`${api}/api/incidents?size=100`)).body.items.filter((i) => i.place).length;
    const shown = (await page.locator('.map .marker').count()) + (await page.locator('.map .cluster').evaluateAll((els) => els.reduce((n, e) => n + Number(e.getAttribute('data-count')), 0)));
    expect(shown).toBe(located);
    // Nothing comes from a tile server: the outlines are in the bundle.
    expect(browser.requests.filter((u) => !u.startsWith(api) && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('.map svg .governorates path').count()).toBeGreaterThanOrEqual(45);
    expect(await page.locator('#map-summary').textContent()).toMatch(/حادثة على الخريطة/);
    // Labels are Arabic, drawn right to left.
    expect(await page.locator('.map .country-label', { hasText: 'العراق' }).getAttribute('direction')).toBe('rtl');

    // Hover links both ways.
    await marker.hover();
    await page.locator(`.result.hl[data-id="${asadId}"]`).waitFor();
    await page.locator(`.result[data-id="${asadId}"]`).hover();
    await page.locator(`.map .marker.hl[data-id="${asadId}"]`).waitFor();

    // Keyboard: the map takes focus and zooms with "+"; a marker is a link that Enter opens.
    await map.focus();
    const zoom = Number(await map.getAttribute('data-zoom'));
    await page.keyboard.press('+');
    await page.waitForFunction(
      (z) => Number((globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string } } }).document.querySelector('.map').getAttribute('data-zoom')) > z,
      zoom,
    );
    await page.keyboard.press('0');
    await expectAccessible(page);
    await shot('07-map');
    await page.locator(`.map .marker[data-id="${asadId}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`incident=${asadId}`));
    await page.locator('#detail-h').waitFor();
  });

  it('narrows the list to an area drawn on the map, keeps it in the URL, and exports and follows exactly that', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    const all = (await getJson<IncidentList>(`${api}/api/incidents?size=100`)).body;
    const shaddadi = all.items.find((i) => /shad/i.test(i.place?.name_en ?? ''))!;
    const target = page.locator(`.map .marker[data-id="${shaddadi.id}"]`);
    await expectStable(target);
    const box = (await target.boundingBox())!;
    await page.getByRole('button', { name: 'ارسم منطقة' }).click();
    await page.mouse.move(box.x - 20, box.y - 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width + 20, box.y + box.height + 20, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/bbox=/);
    const bbox = new URL(page.url()).searchParams.get('bbox')!;
    expect(bbox).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    await waitForCount(page, '.result', (n) => n >= 1 && n < all.total);
    expect(await page.locator('.result').evaluateAll((els) => els.map((e) => (e as unknown as DomElement).dataset.id))).toEqual([shaddadi.id]);
    await page.locator('.map .area').waitFor();
    await shot('08-map-area');

    // The same URL restores the area (deep link).
    await page.goto(page.url());
    await waitForCount(page, '.result', (n) => n === 1);

    // The download button exports every incident of that search; the feed follows it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-link[data-format="csv"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^raseed-incidents-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readCsv(readFileSync((await download.path())!, 'utf8'));
    expect(rows.map((r) => r.incident_id)).toEqual([shaddadi.id]);
    expect(rows[0].location_ar).toMatch(/الشدادي/);
    const feedHref = await page.locator('.feed-link').getAttribute('href');
    expect(new URL(feedHref!, api).searchParams.get('bbox')).toBe(bbox);
    const feed = readAtom(await (await page.request.get(`${api}${feedHref}`)).text());
    expect(feed.entries.map((e) => e.id)).toEqual([`urn:raseed:incident:${shaddadi.id}`]);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(feedHref);

    // Removing the area brings every incident back.
    await page.getByRole('button', { name: 'إزالة المنطقة' }).click();
    await page.waitForURL((u) => !u.searchParams.has('bbox'));
    await waitForCount(page, '.result', (n) => n === Math.min(all.total, 10));
  });

  it('says what is down, as /health tells it, and stops saying it once everything is up', async () => {
    const { page } = browser;
    await page.goto(`${api}/`);
    await expectStable(page.locator('.result').first());
    expect(await page.locator('.stack-down').count()).toBe(0);
    // The launcher restarts a killed child within a second or two, faster than a test can look, so
    // /health answers here what the api answers while the launcher restarts the normaliser and
    // PostgreSQL (apps/api stack-health.int-spec checks that body against a real status file).
    const down = {
      status: 'error',
      info: { kafka: { status: 'up' } },
      error: { stack: { status: 'down', message: 'down (being restarted by the launcher): normaliser, postgres' } },
      details: { kafka: { status: 'up' }, stack: { status: 'down', message: 'down (being restarted by the launcher): normaliser, postgres' } },
    };
    await page.route('**/health', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify(down) }));
    const alert = page.locator('.stack-down[role="alert"] li[data-part="stack"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toMatch(/normaliser, postgres/);
    await expectAccessible(page);
    await shot('09-stack-down');
    await page.unroute('**/health');
    await page.locator('.stack-down').waitFor({ state: 'detached', timeout: 15_000 });
    // The browser logs each 503 of /health as a failed resource: expected here, and only those.
    expect(browser.takeProblems().filter((p) => !/status of 503/.test(p) || !/\/health/.test(p))).toEqual([]);
  });
});

/** axe-core's WCAG 2 A/AA rules (contrast included) find nothing on the current view. */
async function expectAccessible(page: import('playwright-core').Page): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
  expect(violations).toEqual([]);
}

async function expectStable(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
}

/**
 * The results list shows the answer to the current URL, not the previous answer it keeps on
 * screen while loading: the list carries the API query it answers (data-query).
 */
async function settled(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(n: string): string | null } | null } }).document.querySelector('.results');
      const shown = new URLSearchParams(el?.getAttribute('data-query') ?? '');
      const wanted = new URLSearchParams((globalThis as unknown as { location: { search: string } }).location.search);
      return (
        !!el &&
        el.getAttribute('aria-busy') !== 'true' &&
        ['q', 'category', 'actor', 'weapon', 'place', 'from', 'to'].every((k) => (shown.get(k) ?? '') === (wanted.get(k) ?? '').trim()) &&
        shown.get('page') === (wanted.get('page') ?? '1')
      );
    },
    undefined,
    { timeout: 15_000 },
  );
}

async function waitForCount(page: import('playwright-core').Page, selector: string, ok: (n: number) => boolean): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    await settled(page);
    if (ok(await page.locator(selector).count())) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector}: count condition not met`);
}
