import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HostAllowList } from '@raseed/fetching';
import { DATA_SOURCE, DataSource, sqlExecutor } from '@raseed/persistence';
import { loadWebhooksFile, SubscriptionStatus, WebhookDefinition, WebhookDispatcher } from '@raseed/webhooks';
import { ApiConfig } from '../config/env.schema';

export const WEBHOOKS_SETTINGS = Symbol('WEBHOOKS_SETTINGS');

export interface WebhooksSettings {
  hooks: WebhookDefinition[];
  allowHosts: string;
  pollMs: number;
  timeoutMs: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  concurrency: number;
}

/** Read at registration, so a bad WEBHOOKS_FILE stops the api at boot with every problem listed. */
export function webhooksSettings(config: ApiConfig): WebhooksSettings {
  return {
    hooks: config.WEBHOOKS_FILE ? loadWebhooksFile(config.WEBHOOKS_FILE) : [],
    allowHosts: config.WEBHOOKS_ALLOW_HOSTS,
    pollMs: config.WEBHOOKS_POLL_MS,
    timeoutMs: config.WEBHOOKS_TIMEOUT_MS,
    maxAttempts: config.WEBHOOKS_MAX_ATTEMPTS,
    retryBaseMs: config.WEBHOOKS_RETRY_BASE_MS,
    retryMaxMs: config.WEBHOOKS_RETRY_MAX_MS,
    concurrency: config.WEBHOOKS_CONCURRENCY,
  };
}

/**
 * Runs the webhook dispatcher in the api process. The api, not the indexer: capture is a trigger
 * in the indexer's own write transaction (nothing to add to the hot path), while delivering means
 * waiting on other people's servers, retrying for hours and honouring their Retry-After — work
 * that must neither slow indexing nor make it fail, and that the always-running, horizontally
 * scaled api can share out (rows are claimed with SKIP LOCKED under a lease).
 */
@Injectable()
export class WebhooksService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Webhooks');
  private readonly dispatcher: WebhookDispatcher;

  constructor(
    @Inject(DATA_SOURCE) ds: DataSource,
    @Inject(WEBHOOKS_SETTINGS) private readonly settings: WebhooksSettings,
  ) {
    this.dispatcher = new WebhookDispatcher({
      db: sqlExecutor(ds),
      hooks: settings.hooks,
      allow: new HostAllowList(settings.allowHosts),
      pollMs: settings.pollMs,
      timeoutMs: settings.timeoutMs,
      concurrency: settings.concurrency,
      maxAttempts: settings.maxAttempts,
      baseMs: settings.retryBaseMs,
      maxMs: settings.retryMaxMs,
      log: this.log,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.dispatcher.start();
    if (this.settings.hooks.length) this.log.log(`delivering to ${this.settings.hooks.length} webhook(s): ${this.settings.hooks.map((h) => h.name).join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
  }

  status(): Promise<SubscriptionStatus[]> {
    return this.dispatcher.status();
  }
}
