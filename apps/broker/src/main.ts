import { startBroker } from '@raseed/kafka-broker';
import { CliError, parseArgs, USAGE } from './cli-args';

/**
 * Single-node Kafka-protocol broker for local runs and tests. Prints exactly one
 * `kafka-broker ready host=… port=… data-dir=…` line on stdout; logs go to stderr.
 */
async function main(): Promise<void> {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof CliError) {
      if (e.message === 'help') {
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
      }
      process.stderr.write(`kafka-broker: ${e.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw e;
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
}

main().catch((e: Error) => {
  process.stderr.write(`kafka-broker: failed to start: ${e.message}\n`);
  process.exit(1);
});
