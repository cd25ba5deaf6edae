import { AgentPool, FetchError, guardedPost, GuardedPostResult, HostAllowList, parseRetryAfter, Resolver } from '@raseed/fetching';
import { TransactionalSqlExecutor } from '@raseed/search';
import { ClaimedDelivery, DeliveryStore } from './delivery-store';
import { RetryPolicy, retryDelayMs } from './retry-schedule';
import { webhookBody, webhookHeaders } from './webhook-payload';
import { WebhookDefinition } from './webhooks-file';

export interface DispatcherOptions extends RetryPolicy {
  db: TransactionalSqlExecutor;
  hooks: readonly WebhookDefinition[];
  /** Hosts/ranges a webhook may reach although private or loopback (the fetcher's guard otherwise). */
  allow: HostAllowList;
  /** Idle wait between rounds when there was nothing to do. */
  pollMs: number;
  /** Longest wait for a receiver's complete answer. */
  timeoutMs: number;
  /** Deliveries in flight at once. */
  concurrency: number;
  /** Outbox changes / due deliveries taken per round. */
  batchSize?: number;
  resolver?: Resolver;
  log?: { log(msg: string): void; warn(msg: string): void; error(msg: string): void };
}

export interface RoundResult {
  changes: number;
  attempted: number;
  delivered: number;
  retrying: number;
  failed: number;
}

const SILENT = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * POSTs each new or updated incident that matches a webhook's filters to its URL, at least once:
 * captured changes become delivery rows in PostgreSQL, each attempt is leased, and only a 2xx
 * answer marks a delivery done; anything else is retried with backoff until maxAttempts. All
 * state is in the database, so a restart (or a second api process) picks up where it stood.
 */
export class WebhookDispatcher {
  private readonly store: DeliveryStore;
  private readonly hooks: Map<string, WebhookDefinition>;
  private readonly log: NonNullable<DispatcherOptions['log']>;
  private readonly batch: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  // Kept-alive connections per receiver (and vetted address): a burst of deliveries to one
  // follower does not open a connection per POST.
  private readonly agents = new AgentPool();

  constructor(private readonly options: DispatcherOptions) {
    this.store = new DeliveryStore(options.db);
    this.hooks = new Map(options.hooks.map((h) => [h.name, h]));
    this.log = options.log ?? SILENT;
    this.batch = options.batchSize ?? 100;
  }

  /** Makes the configured webhooks the active subscriptions, then delivers in the background. */
  async start(): Promise<void> {
    await this.store.syncSubscriptions(this.options.hooks);
    if (!this.hooks.size) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Waits for the round in flight; unfinished attempts keep their lease and are retried after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.agents.destroy();
  }

  status() {
    return this.store.status();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.round()
        .then((r) => this.schedule(r.changes >= this.batch || r.attempted >= this.batch ? 0 : this.options.pollMs))
        .catch((err: Error) => {
          this.log.error(`webhooks: round failed: ${err.message}`);
          this.schedule(this.options.pollMs);
        });
    }, ms);
  }

  /** One round: captured changes into deliveries, then every due delivery attempted once. */
  async round(): Promise<RoundResult> {
    const hooks = [...this.hooks.values()];
    const changes = await this.store.drainOutbox(hooks, this.batch * 10);
    const due = await this.store.claimDue(this.batch, this.options.timeoutMs + 10_000);
    const result: RoundResult = { changes, attempted: due.length, delivered: 0, retrying: 0, failed: 0 };
    if (!due.length) return result;
    const docs = await this.store.documents(due.filter((d) => d.event !== 'removed').map((d) => d.incidentId));
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const outcome = await this.attempt(due[next++], docs);
        result[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, due.length) }, worker));
    return result;
  }

  private async attempt(d: ClaimedDelivery, docs: Map<string, { id: string }>): Promise<'delivered' | 'retrying' | 'failed'> {
    const hook = this.hooks.get(d.subscription);
    const doc = docs.get(d.incidentId) ?? null;
    if (!hook) return 'retrying'; // claimed for a subscription this process does not know: its lease runs out for another
    if (d.event !== 'removed' && !doc) {
      // Removed since the change was captured: its removal (if it was ever told) follows from the outbox.
      await this.store.delivered(d, null);
      return 'delivered';
    }
    const body = webhookBody({ ...d, attempt: d.attempts }, doc, new Date());
    let res: GuardedPostResult | null = null;
    let error: string;
    try {
      res = await guardedPost({
        url: hook.url,
        body,
        headers: webhookHeaders({ ...d, attempt: d.attempts }, body, hook.secret),
        allow: this.options.allow,
        timeoutMs: this.options.timeoutMs,
        resolver: this.options.resolver,
        agents: this.agents,
      });
      if (res.status >= 200 && res.status < 300) {
        await this.store.delivered(d, res.status);
        return 'delivered';
      }
      error = `HTTP ${res.status}${res.bodyStart ? `: ${res.bodyStart.slice(0, 200)}` : ''}`;
    } catch (err) {
      if (!(err instanceof FetchError)) throw err;
      error = err.message;
    }
    const delay = retryDelayMs(d.attempts, this.options, parseRetryAfter(res?.headers['retry-after']));
    const state = await this.store.failed(d, res?.status ?? null, error, delay, this.options.maxAttempts);
    if (state === 'failed') this.log.error(`webhook ${d.subscription}: gave up on ${d.incidentId} (${d.event}) after ${d.attempts} attempts: ${error}`);
    else this.log.warn(`webhook ${d.subscription}: ${d.incidentId} (${d.event}) attempt ${d.attempts} failed (${error}); next in ${Math.round(delay / 1000)} s`);
    return state === 'failed' ? 'failed' : 'retrying';
  }
}
