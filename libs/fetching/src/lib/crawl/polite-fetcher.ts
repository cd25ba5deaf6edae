import { FetchError } from '../http/fetch-error';
import { FetchRequest, FetchResult, GuardedHttpClient } from '../http/guarded-fetch';
import { isAllowedByRobots } from '../robots/robots';
import { RobotsCache } from '../robots/robots-cache';
import { HostLimiter } from '../schedule/host-limiter';

/** Longest robots Crawl-delay honoured; beyond it a site would starve every other source on one host. */
const MAX_CRAWL_DELAY_MS = 60_000;

/** Every request the crawler makes goes through robots.txt and the per-host limiter. */
export class PoliteFetcher {
  constructor(
    private readonly client: GuardedHttpClient,
    private readonly limiter: HostLimiter,
    private readonly robots: RobotsCache | null,
  ) {}

  async fetch(request: FetchRequest): Promise<FetchResult> {
    const url = new URL(request.url);
    if (this.robots) {
      const rules = await this.robots.rulesFor(request.url);
      if (rules.crawlDelayMs !== null) this.limiter.setDelay(url.host, Math.min(rules.crawlDelayMs, MAX_CRAWL_DELAY_MS));
      if (!isAllowedByRobots(rules, `${url.pathname}${url.search}`)) {
        throw new FetchError('robots_disallowed', `robots.txt disallows ${request.url}`, { url: request.url, retryable: false });
      }
    }
    return this.limiter.run(url.host, () => this.client.fetch(request));
  }
}
