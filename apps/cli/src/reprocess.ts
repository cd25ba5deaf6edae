// reprocess CLI: after an extractor (or indexer) upgrade, runs the pipeline again over the
// retained topics, with progress.
//   npm run -s reprocess -- --from extract|index [--dry-run] [--no-wait] [--timeout-s 600]
// --from extract: the latest retained articles.normalised.v1 event of every article is
//   re-emitted; the running extractor (new code) re-extracts, the indexer re-indexes.
// --from index: the same with incidents.extracted.v1; only the indexer runs again.
// Why re-emit rather than rewind the groups' offsets: a rewind (admin.resetOffsets) needs the
// consumer group stopped and replays every retained event, superseded ones included;
// re-emitting works while the stack runs and sends one event per article. Both stages are
// idempotent per article, so running it twice leaves the same index.
import { randomUUID } from 'node:crypto';
import { TOPICS } from '@raseed/contracts';
import { PipelineProducer, ReprocessEvent, groupExists, endOffsets, reemitLatestPerKey, waitForGroup } from '@raseed/kafka';
import { enumOption, intOption, parseCli } from '@raseed/config';
import { cliKafka, resolveStack, runStackCli, StackConnection } from './stack-connection';

/** Stage → the topic it consumes, and the groups (with their input topics) that must drain, in order. */
export const STAGES = {
  extract: {
    topic: TOPICS.ARTICLES_NORMALISED_V1,
    drain: [
      { group: 'extractor', topic: TOPICS.ARTICLES_NORMALISED_V1 },
      { group: 'indexer', topic: TOPICS.INCIDENTS_EXTRACTED_V1 },
    ],
  },
  index: { topic: TOPICS.INCIDENTS_EXTRACTED_V1, drain: [{ group: 'indexer', topic: TOPICS.INCIDENTS_EXTRACTED_V1 }] },
} as const;
export type Stage = keyof typeof STAGES;

export const REPROCESS_USAGE = `usage: npm run -s reprocess -- --from ${Object.keys(STAGES).join('|')} [--dry-run] [--no-wait] [--timeout-s <s>]
  --from extract   re-emit the latest normalised event of every article: re-extract and re-index
  --from index     re-emit the latest extracted event of every article: re-index only
  --dry-run        count what would be re-emitted, send nothing
  --no-wait        do not wait for the stages to consume what was re-emitted
  --timeout-s <s>  how long to wait for each stage, 1–86400 (default 600)`;

export interface ReprocessArgs {
  from: Stage;
  dryRun: boolean;
  wait: boolean;
  timeoutMs: number;
}

export function parseReprocessArgs(argv: readonly string[]): ReprocessArgs {
  const { values } = parseCli(argv, {
    options: { from: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'no-wait': { type: 'boolean' }, 'timeout-s': { type: 'string' } },
  });
  return {
    from: enumOption('from', values.from, Object.keys(STAGES) as Stage[]),
    dryRun: values['dry-run'] ?? false,
    wait: !values['no-wait'],
    timeoutMs: intOption('timeout-s', values['timeout-s'], { min: 1, max: 86_400 }, 600) * 1000,
  };
}

export async function reprocessCommand(args: ReprocessArgs, conn: StackConnection, write: (s: string) => void): Promise<number> {
  const { from, dryRun, timeoutMs } = args;
  const stage = STAGES[from];
  const runId = `${new Date().toISOString()}-${randomUUID().slice(0, 8)}`;
  const kafka = cliKafka(conn, 'reprocess');
  const producer = new PipelineProducer(kafka);
  const progress = progressPrinter(write);
  try {
    write(`reprocess ${runId}: from ${from} (${stage.topic})${dryRun ? ', dry run' : ''}\n`);
    // Where each stage's input ends before the re-emit: progress counts from there.
    const before = new Map<string, Map<number, number>>();
    for (const d of stage.drain) before.set(d.topic, await endOffsets(kafka, d.topic));
    const r = await reemitLatestPerKey(kafka, producer, stage.topic, runId, progress, { dryRun });
    const skipped = r.invalid ? `, ${r.invalid} invalid skipped (see npm run -s dlq -- list)` : '';
    write(`${r.read} retained event(s)${skipped}, ${dryRun ? `${r.read ? 'would re-emit' : 'nothing to re-emit'}` : `${r.emitted} re-emitted (latest per article)`}\n`);
    if (dryRun || !args.wait || r.emitted === 0) return 0;
    let targets = r.targets;
    for (const [i, d] of stage.drain.entries()) {
      if (!(await groupExists(kafka, d.group))) {
        write(`group ${d.group} not found: is the ${d.group} service running? Not waiting for it.\n`);
        continue;
      }
      // The next stage's target: everything its input holds once the previous stage is done.
      if (i > 0) targets = await endOffsets(kafka, d.topic);
      if (!(await waitForGroup(kafka, d.group, d.topic, { from: before.get(d.topic) ?? new Map(), to: targets }, progress, { timeoutMs }))) {
        write(`timed out waiting for ${d.group} after ${timeoutMs / 1000} s (see npm run -s lag)\n`);
        return 1;
      }
    }
    write('reprocessing complete\n');
    return 0;
  } finally {
    await producer.disconnect();
  }
}

/** One line per phase change and at most one per second in between. */
function progressPrinter(write: (s: string) => void): (e: ReprocessEvent) => void {
  let last = '';
  let at = 0;
  let lastLine = '';
  return (e) => {
    const label = e.phase === 'drain' ? `${e.group} consuming ${e.topic}` : e.phase === 'read' ? 'reading' : 're-emitting';
    const line = `${label}: ${e.done}/${e.total}${e.total ? ` (${Math.floor((e.done / e.total) * 100)}%)` : ''}`;
    const now = Date.now();
    if (line !== lastLine && (label !== last || now - at >= 1000 || e.done === e.total)) {
      write(`  ${line}\n`);
      last = label;
      at = now;
      lastLine = line;
    }
  };
}

if (require.main === module) {
  runStackCli('reprocess', REPROCESS_USAGE, () => reprocessCommand(parseReprocessArgs(process.argv.slice(2)), resolveStack(), (s) => process.stdout.write(s)));
}
