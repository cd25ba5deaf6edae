import { startBroker } from '@raseed/kafka-broker';
import { cliFailure, exitWithParent, HelpRequested, jsonLogLine, lineLogger, logFormat, UsageError } from '@raseed/config';
import type { BrokerOptions } from '@raseed/kafka-broker';
import { parseArgs, USAGE } from './cli-args';

/**
 * Single-node Kafka-protocol broker for local runs and tests. Prints exactly one
 * `kafka-broker ready host=… port=… data-dir=…` line on stdout; logs go to stderr. With
 * NODE_ENV=production (or LOG_FORMAT=json) every line is a JSON object, the ready line's
 * message unchanged (so a pattern on it still matches) with host, port and dataDir as fields.
 */
async function main(): Promise<void> {
  let opts: BrokerOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof HelpRequested)) throw e;
    // --help: the usage on stdout, exit 0; a bad command line: one line on stderr, exit 2.
    const out = cliFailure('kafka-broker', USAGE, e);
    (out.stream === 'stdout' ? process.stdout : process.stderr).write(out.text);
    process.exit(out.code);
  }
  const json = logFormat() === 'json';
  const LEVEL = { log: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'FATAL', debug: 'DEBUG', verbose: 'VERBOSE' } as const;
  const log = lineLogger('kafka-broker', { stream: process.stderr, textPrefix: (level) => `${new Date().toISOString()} ${LEVEL[level]} ` });
  // The library prefixes its lines for a shared stderr; the JSON context says it already.
  const bare = (m: string) => (json ? m.replace(/^kafka-broker: /, '') : m);
  const broker = await startBroker({ ...opts, logger: { info: (m) => log.log(bare(m)), warn: (m) => log.warn(bare(m)), error: (m) => log.error(bare(m)) } });
  const ready = `kafka-broker ready host=${broker.host} port=${broker.port} data-dir=${broker.dataDir}`;
  process.stdout.write(`${json ? jsonLogLine('log', ready, 'kafka-broker', { host: broker.host, port: broker.port, dataDir: broker.dataDir }) : ready}\n`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.log(json ? `${signal} received, stopping` : `kafka-broker: ${signal} received, stopping`);
    broker.stop().then(
      () => process.exit(0),
      (e: Error) => {
        log.error(json ? `error while stopping: ${e.message}` : `kafka-broker: error while stopping: ${e.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Started by the launcher: dies with it, even when the launcher is killed with -9.
  exitWithParent('kafka-broker');
}

main().catch((e: Error) => {
  process.stderr.write(`${logFormat() === 'json' ? jsonLogLine('fatal', `failed to start: ${e.message}`, 'kafka-broker') : `kafka-broker: failed to start: ${e.message}`}\n`);
  process.exit(1);
});
