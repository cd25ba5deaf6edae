import { FetchError } from '../http/fetch-error';
import { GuardedHttpClient } from '../http/guarded-fetch';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, RobotsRules } from './robots';

/**
 * robots.txt per origin, fetched through the same guarded client and cached for `ttlMs`.
 * 4xx means no rules; an unreachable or failing robots.txt (5xx, timeouts) means "stay away
 * for now" (RFC 9309 §2.3.1.4), retried after a shorter time.
 */
export class RobotsCache {
  private readonly cache = new Map<string, { rules: RobotsRules; until: number; pending?: Promise<RobotsRules> }>();

  constructor(
    private readonly client: GuardedHttpClient,
    private readonly agentToken: string,
    private readonly ttlMs = 60 * 60_000,
    private readonly failureTtlMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  async rulesFor(url: string): Promise<RobotsRules> {
    const origin = new URL(url).origin;
    const hit = this.cache.get(origin);
    if (hit && hit.until > this.now()) return hit.rules;
    if (hit?.pending) return hit.pending;
    const pending = this.load(origin);
    this.cache.set(origin, { rules: hit?.rules ?? ALLOW_ALL, until: 0, pending });
    return pending;
  }

  private async load(origin: string): Promise<RobotsRules> {
    let rules: RobotsRules;
    let ttl = this.ttlMs;
    try {
      const res = await this.client.fetch({ url: `${origin}/robots.txt` });
      rules = parseRobots(res.body.toString('utf8'), this.agentToken);
    } catch (err) {
      // A target we may not contact at all is reported as such, not as a robots verdict.
      if (err instanceof FetchError && (err.code === 'ssrf_blocked' || err.code === 'bad_url')) {
        this.cache.delete(origin);
        throw err;
      }
      const status = err instanceof FetchError ? err.details.status : undefined;
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) rules = ALLOW_ALL;
      else {
        rules = DISALLOW_ALL;
        ttl = this.failureTtlMs;
      }
    }
    this.cache.set(origin, { rules, until: this.now() + ttl });
    return rules;
  }
}
