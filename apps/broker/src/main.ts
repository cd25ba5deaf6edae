import { startBroker } from '@raseed/kafka-broker';
import { cliFailure, exitWithParent, HelpRequested, UsageError } from '@raseed/config';
import type { BrokerOptions } from '@raseed/kafka-broker';
import { parseArgs, USAGE } from './cli-args';

/**
 * Single-node Kafka-protocol broker for local runs and tests. Prints exactly one
 * `kafka-broker ready host=… port=… data-dir=…` line on stdout; logs go to stderr.
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
  const log = (level: string) => (m: string) => process.stderr.write(`${new Date().toISOString()} ${level} ${m}\n`);
  const broker = await startBroker({ ...opts, logger: { info: log('INFO'), warn: log('WARN'), error: log('ERROR') } });
  process.stdout.write(`kafka-broker ready host=${broker.host} port=${broker.port} data-dir=${broker.dataDir}\n`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${new Date().toISOString()} INFO kafka-broker: ${signal} received, stopping\n`);
    broker.stop().then(
      () => process.exit(0),
      (e: Error) => {
        process.stderr.write(`kafka-broker: error while stopping: ${e.message}\n`);
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
  process.stderr.write(`kafka-broker: failed to start: ${e.message}\n`);
  process.exit(1);
});
