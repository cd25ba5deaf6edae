// dlq CLI: see why messages failed and replay them after a fix.
//   npm run -s dlq -- list [--topic <topic>] [--pending] [--json]
//   npm run -s dlq -- show <id> [--json]
//   npm run -s dlq -- replay [<id>...] [--topic <topic>] [--dry-run] [--json]
// Ids are <dead-letter topic>:<partition>:<offset>, as `list` prints them. `replay` without ids
// replays every dead letter not replayed yet and remembers how far it got (group raseed-dlq-replay).
import { DeadLetterRecord, DeadLetters, PipelineProducer } from '@raseed/kafka';
import { cliKafka, parseArgs, resolveStack, runCli, StackConnection } from './stack-connection';

export const DLQ_USAGE = 'usage: npm run -s dlq -- list [--topic t] [--pending] [--json] | show <id> [--json] | replay [<id>...] [--topic t] [--dry-run] [--json]';

export async function dlqCommand(argv: string[], conn: StackConnection, write: (s: string) => void): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['json', 'pending', 'dry-run']);
  const [command, ...ids] = positionals;
  const json = options.has('json');
  const topic = typeof options.get('topic') === 'string' ? (options.get('topic') as string) : undefined;
  const kafka = cliKafka(conn, 'dlq');
  const dlq = new DeadLetters(kafka);
  switch (command) {
    case 'list': {
      const all = await dlq.list({ topic });
      const records = options.has('pending') ? all.filter((r) => !r.replayed) : all;
      write(json ? `${JSON.stringify(records, null, 2)}\n` : formatList(records));
      return 0;
    }
    case 'show': {
      if (ids.length !== 1) throw new Error(DLQ_USAGE);
      const record = await dlq.get(ids[0]);
      if (!record) {
        write(`no dead letter ${ids[0]}\n`);
        return 1;
      }
      write(json ? `${JSON.stringify(record, null, 2)}\n` : formatOne(record));
      return 0;
    }
    case 'replay': {
      const producer = new PipelineProducer(kafka);
      try {
        const dryRun = options.has('dry-run');
        const replayed = await dlq.replay(producer, {
          ids,
          topic,
          dryRun,
          onProgress: (r, p) => !json && write(`${dryRun ? 'would replay' : 'replayed'} ${r.id} → ${r.originalTopic} (${p.done}/${p.total})\n`),
        });
        if (json) write(`${JSON.stringify({ dryRun, replayed: replayed.map((r) => ({ id: r.id, to: r.originalTopic })) }, null, 2)}\n`);
        else write(`${replayed.length} dead letter(s) ${dryRun ? 'would be ' : ''}replayed\n`);
      } finally {
        await producer.disconnect();
      }
      return 0;
    }
    default:
      write(`${DLQ_USAGE}\n`);
      return 2;
  }
}

function formatList(records: DeadLetterRecord[]): string {
  if (!records.length) return 'no dead letters\n';
  const rows = records.map((r) => [r.id, r.replayed ? 'replayed' : 'pending', `${r.originalTopic}[${r.originalPartition ?? '?'}]@${r.originalOffset ?? '?'}`, r.group ?? '-', r.errorKind, String(r.attempts ?? '-'), r.failedAt ?? '-', oneLine(r.error, 80)]);
  const header = ['ID', 'STATE', 'ORIGINAL', 'GROUP', 'KIND', 'ATTEMPTS', 'FAILED AT', 'ERROR'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const pending = records.filter((r) => !r.replayed).length;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${records.length} dead letter(s), ${pending} pending\n`;
}

function formatOne(r: DeadLetterRecord): string {
  let payload = r.value ?? '(null)';
  try {
    payload = JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    // Not JSON (that may be why it failed): shown as is.
  }
  return [
    `id:        ${r.id} (${r.replayed ? 'replayed' : 'pending'})`,
    `original:  ${r.originalTopic}[${r.originalPartition ?? '?'}]@${r.originalOffset ?? '?'}  key=${r.key ?? '(none)'}`,
    `group:     ${r.group ?? '-'}`,
    `failed at: ${r.failedAt ?? '-'} after ${r.attempts ?? '?'} attempt(s) (${r.errorKind})`,
    `error:     ${r.error}`,
    `headers:   ${JSON.stringify(r.headers)}`,
    'payload:',
    payload,
    '',
  ].join('\n');
}

const oneLine = (s: string, max: number) => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

if (require.main === module) runCli(() => dlqCommand(process.argv.slice(2), resolveStack(), (s) => process.stdout.write(s)));
