import { randomUUID } from 'crypto';
import { acquireDirLock, DirLock, DirLockedError } from '@raseed/config';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { GroupCoordinator } from '../groups/group-coordinator';
import { OffsetStore } from '../groups/offset-store';
import { ProducerIdAllocator } from '../producer/producer-id-allocator';
import { ProducerStateTable } from '../producer/producer-state';
import { writeFileAtomic } from '../storage/atomic-file';
import { LogFlusher } from '../storage/log-flusher';
import { Logger } from '../storage/segment';
import { TopicStore } from '../storage/topic-store';
import { BrokerContext, BrokerSettings } from './broker-context';
import { Connection } from './connection';

export type FsyncPolicy = 'always' | 'interval' | 'never';

export interface BrokerOptions {
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** TCP port; 0 picks an ephemeral port. Default 0. */
  port?: number;
  /** Directory for topic logs, offsets and metadata (created if missing). */
  dataDir: string;
  /** Host announced in Metadata/FindCoordinator. Default: `host` (or 127.0.0.1 for wildcard binds). */
  advertisedHost?: string;
  /**
   * Partitions for auto-created topics and CreateTopics with -1. Default 1, like Kafka's
   * num.partitions. NestJS ClientKafka needs at least as many reply-topic partitions as
   * client instances sharing a group, so raise it when scaling clients.
   */
  defaultPartitions?: number;
  /** Create unknown topics on Metadata requests that allow it. Default true. */
  autoCreateTopics?: boolean;
  /**
   * 'always': fsync before acknowledging a produce (group commit);
   * 'interval' (default): fsync every `fsyncIntervalMs`; 'never': leave it to the OS.
   */
  fsync?: FsyncPolicy;
  /** Default 1000 ms. */
  fsyncIntervalMs?: number;
  /** Per-partition retention; whole segments are removed. Default: 7 days, no size limit. */
  retention?: { bytes?: number; ms?: number };
  /** Segment file size before rolling. Default 64 MiB, capped at 1 GiB (index positions are 32-bit). */
  segmentBytes?: number;
  /** Largest request frame accepted; bigger ones close the connection. Default 100 MiB. */
  maxRequestBytes?: number;
  /** Largest record set per partition in a Produce request (MESSAGE_TOO_LARGE above). Default 16 MiB. */
  maxMessageBytes?: number;
  /** Concurrent client connections; extra ones are refused. Default 1000. */
  maxConnections?: number;
  /** Idle connections are closed after this long. Default 10 minutes (Kafka's connections.max.idle.ms). */
  idleTimeoutMs?: number;
  /** Allowed consumer session timeouts. Defaults 6000 and 1800000 (Kafka's). */
  minSessionTimeoutMs?: number;
  maxSessionTimeoutMs?: number;
  /**
   * Only when no consumer of an earlier run of this broker can still be alive (the stack's
   * launcher on its first start, having stopped whatever an earlier launcher left): groups
   * persisted with members start Empty, offsets kept, so the first joins complete at once
   * rather than after the dead members' session timeout. Default false: consumers that
   * outlive a broker restart keep their generation and assignment.
   */
  forgetMembers?: boolean;
  /** How often retention runs. Default 30 s. */
  retentionCheckIntervalMs?: number;
  /** Default: warnings and errors to stderr. */
  logger?: Logger;
}

export interface RunningBroker {
  host: string;
  port: number;
  /** 'host:port', ready for kafkajs `brokers: [..]`. */
  brokers: string;
  dataDir: string;
  stop(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const defaultLogger: Logger = {
  info: () => undefined,
  warn: (m) => process.stderr.write(`${m}\n`),
  error: (m) => process.stderr.write(`${m}\n`),
};

function positiveInt(name: string, v: number | undefined, dflt: number, min = 1): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < min) throw new Error(`kafka-broker: ${name} must be an integer >= ${min} (got ${v})`);
  return v;
}

/**
 * Refuses to share a data dir with a live broker. The lock is held by the kernel for this
 * process's life (see acquireDirLock), so a restart right after kill -9 always works and a
 * recycled pid can never block one.
 */
async function acquireLock(dataDir: string): Promise<DirLock> {
  try {
    return await acquireDirLock(dataDir, 'kafka-broker');
  } catch (e) {
    if (e instanceof DirLockedError) {
      throw new Error(
        `kafka-broker: data dir ${dataDir} is in use by ${e.holderRole === 'kafka-broker' ? 'a broker' : (e.holderRole ?? 'another process')}${e.holderPid ? ` (pid ${e.holderPid})` : ''}`,
      );
    }
    throw e;
  }
}

function loadClusterId(dataDir: string): string {
  const file = path.join(dataDir, 'meta.json');
  if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { clusterId: string }).clusterId;
  const clusterId = `raseed-${randomUUID()}`;
  writeFileAtomic(file, JSON.stringify({ clusterId, nodeId: 1 }));
  return clusterId;
}

export async function startBroker(options: BrokerOptions): Promise<RunningBroker> {
  if (!options || !options.dataDir) throw new Error('kafka-broker: dataDir is required');
  const logger = options.logger ?? defaultLogger;
  const host = options.host ?? '127.0.0.1';
  const port = positiveInt('port', options.port, 0, 0);
  if (port > 65535) throw new Error(`kafka-broker: port must be <= 65535 (got ${port})`);
  const fsync: FsyncPolicy = options.fsync ?? 'interval';
  if (!['always', 'interval', 'never'].includes(fsync)) throw new Error(`kafka-broker: fsync must be always|interval|never (got ${fsync})`);
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = await acquireLock(dataDir);
  // The pid file earlier versions wrote as their lock: meaningless now.
  fs.rmSync(path.join(dataDir, '.lock'), { force: true });

  const retentionMs = options.retention?.ms ?? 7 * DAY_MS;
  const settingsPartial = {
    defaultPartitions: positiveInt('defaultPartitions', options.defaultPartitions, 1),
    maxRequestBytes: positiveInt('maxRequestBytes', options.maxRequestBytes, 100 * 1024 * 1024, 64),
    maxMessageBytes: positiveInt('maxMessageBytes', options.maxMessageBytes, 16 * 1024 * 1024),
    maxConnections: positiveInt('maxConnections', options.maxConnections, 1000),
  };
  const logConfig = {
    segmentBytes: Math.min(positiveInt('segmentBytes', options.segmentBytes, 64 * 1024 * 1024, 1024), 1024 * 1024 * 1024),
    segmentMs: Math.min(7 * DAY_MS, retentionMs),
    retentionBytes: options.retention?.bytes ?? null,
    retentionMs,
  };

  let topics: TopicStore | undefined;
  let offsets: OffsetStore | undefined;
  let coordinator: GroupCoordinator | undefined;
  try {
    const clusterId = loadClusterId(dataDir);
    topics = new TopicStore(dataDir, logConfig, logger);
    offsets = new OffsetStore(dataDir, fsync === 'always', logger);
    const producers = new ProducerStateTable();
    // Rebuild idempotence state from what recovery re-read, so retries across a restart are still deduplicated.
    for (const t of topics.list()) {
      for (const p of t.partitions) {
        for (const h of p.recoveredHeaders) {
          if (h.producerId >= 0) producers.record(h.producerId, h.producerEpoch, t.name, p.partition, h.baseSequence, h.lastOffsetDelta, h.baseOffset);
        }
        p.recoveredHeaders = [];
      }
    }
    const gc = new GroupCoordinator(offsets, {
      minSessionTimeoutMs: positiveInt('minSessionTimeoutMs', options.minSessionTimeoutMs, 6000),
      maxSessionTimeoutMs: positiveInt('maxSessionTimeoutMs', options.maxSessionTimeoutMs, 1_800_000),
      forgetMembers: options.forgetMembers ?? false,
    });
    coordinator = gc;

    const server = net.createServer();
    server.maxConnections = settingsPartial.maxConnections;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const boundPort = (server.address() as net.AddressInfo).port;
    const wildcard = host === '0.0.0.0' || host === '::';
    const settings: BrokerSettings = {
      nodeId: 1,
      advertisedHost: options.advertisedHost ?? (wildcard ? '127.0.0.1' : host),
      port: boundPort,
      clusterId,
      defaultPartitions: settingsPartial.defaultPartitions,
      autoCreateTopics: options.autoCreateTopics ?? true,
      maxMessageBytes: settingsPartial.maxMessageBytes,
      fsync,
    };

    const ts = topics;
    const os = offsets;
    const flusher = new LogFlusher(ts);
    let stopped = false;
    const ctx: BrokerContext = {
      settings,
      topics: ts,
      offsets: os,
      coordinator: gc,
      producers,
      producerIds: new ProducerIdAllocator(dataDir),
      logger,
      durableAppend() {
        // After stop() the logs are closed and were fsynced by stop() itself.
        if (fsync !== 'always' || stopped) return Promise.resolve();
        return flusher.sync();
      },
      ensureTopic(name, partitions, configs) {
        return ts.get(name) ?? ts.create(name, partitions ?? settings.defaultPartitions, configs);
      },
      deleteTopic(name) {
        if (!ts.delete(name)) return false;
        os.deleteTopic(name);
        producers.dropTopic(name);
        return true;
      },
    };

    const connections = new Set<Connection>();
    server.on('connection', (socket) => {
      const conn = new Connection(socket, ctx, settingsPartial.maxRequestBytes, options.idleTimeoutMs ?? 600_000);
      connections.add(conn);
      conn.onClose(() => connections.delete(conn));
    });
    server.on('drop', () => logger.warn(`kafka-broker: connection refused, maxConnections=${settingsPartial.maxConnections} reached`));

    const guard = (what: string, fn: () => void) => () => {
      try {
        fn();
      } catch (e) {
        logger.error(`kafka-broker: ${what} failed: ${(e as Error).message}`);
      }
    };
    const flushTimer = setInterval(
      guard('flush', () => {
        if (fsync === 'interval') {
          flusher.sync().catch((e: Error) => logger.error(`kafka-broker: fsync failed: ${e.message}`));
          os.flush();
        } else ts.flush(false); // still write buffered index entries
      }),
      positiveInt('fsyncIntervalMs', options.fsyncIntervalMs, 1000),
    );
    const retentionTimer = setInterval(
      guard('retention', () => ts.applyRetention(Date.now())),
      positiveInt('retentionCheckIntervalMs', options.retentionCheckIntervalMs, 30_000),
    );
    flushTimer.unref();
    retentionTimer.unref();
    guard('retention', () => ts.applyRetention(Date.now()))();

    let stopping: Promise<void> | null = null;
    const stop = (): Promise<void> => {
      stopping ??= (async () => {
        stopped = true;
        clearInterval(flushTimer);
        clearInterval(retentionTimer);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const c of [...connections]) c.destroy();
        await closed;
        gc.close();
        await flusher.idle();
        ts.flush(true);
        ts.close();
        os.close();
        await lock.release();
      })();
      return stopping;
    };
    logger.info(`kafka-broker: listening on ${host}:${boundPort}, data dir ${dataDir}, fsync=${fsync}`);
    return { host, port: boundPort, brokers: `${settings.advertisedHost}:${boundPort}`, dataDir, stop };
  } catch (e) {
    coordinator?.close();
    topics?.close();
    offsets?.close();
    await lock.release();
    throw e;
  }
}
