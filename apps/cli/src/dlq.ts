// dlq CLI: see why messages failed and replay them after a fix.
//   npm run -s dlq -- list [--topic <topic>] [--pending] [--json]
//   npm run -s dlq -- show <id> [--json]
//   npm run -s dlq -- replay [<id>...] [--topic <topic>] [--dry-run] [--json]
//   npm run -s dlq -- rejected [--json]
// Ids are <dead-letter topic>:<partition>:<offset>, as `list` prints them. `replay` without ids
// replays every dead letter not replayed yet and remembers how far it got (group raseed-dlq-replay).
import { ArticleRejectedV1, TOPICS } from '@raseed/contracts';
import { DeadLetterRecord, DeadLetters, PipelineProducer, readTopicRange } from '@raseed/kafka';
import { HelpRequested, parseCli, UsageError } from '@raseed/config';
import { cliKafka, resolveStack, runStackCli, StackConnection } from './stack-connection';

export const DLQ_USAGE = `usage: npm run -s dlq -- <command> [options]
  list [--topic <topic>] [--pending] [--json]        dead letters (every DLT, or the one of <topic>),
                                                     then the rejected articles (text output)
  rejected [--json]                                  articles refused with a reason (articles.rejected.v1)
  show <id> [--json]                                 one dead letter with its headers and payload
  replay [<id>...] [--topic <topic>] [--dry-run] [--json]
                                                     send back to the original topic: the given ids,
                                                     else every one not replayed yet
  <id> is <dead-letter topic>:<partition>:<offset>, as list prints it`;

export type DlqArgs =
  | { command: 'list'; topic?: string; pending: boolean; json: boolean }
  | { command: 'show'; id: string; json: boolean }
  | { command: 'replay'; ids: string[]; topic?: string; dryRun: boolean; json: boolean }
  | { command: 'rejected'; json: boolean };

const COMMANDS = ['list', 'show', 'replay', 'rejected'] as const;

/** The sub-command and its own options: an option of another sub-command is unknown here. */
export function parseDlqArgs(argv: readonly string[]): DlqArgs {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new HelpRequested();
  if (command === undefined) throw new UsageError(`missing command (${COMMANDS.join(', ')})`);
  const json = { type: 'boolean' } as const;
  const topic = { type: 'string' } as const;
  switch (command) {
    case 'list': {
      const { values } = parseCli(rest, { options: { topic, pending: { type: 'boolean' }, json } });
      return { command, topic: values.topic, pending: values.pending ?? false, json: values.json ?? false };
    }
    case 'show': {
      const { values, positionals } = parseCli(rest, { options: { json }, positionals: { min: 1, max: 1, name: 'dead-letter id' } });
      return { command, id: positionals[0], json: values.json ?? false };
    }
    case 'replay': {
      const { values, positionals } = parseCli(rest, { options: { topic, 'dry-run': { type: 'boolean' }, json }, positionals: { max: Infinity } });
      return { command, ids: positionals, topic: values.topic, dryRun: values['dry-run'] ?? false, json: values.json ?? false };
    }
    case 'rejected': {
      const { values } = parseCli(rest, { options: { json } });
      return { command, json: values.json ?? false };
    }
    default:
      throw new UsageError(`unknown command ${command} (${COMMANDS.join(', ')})`);
  }
}

export async function dlqCommand(args: DlqArgs, conn: StackConnection, write: (s: string) => void): Promise<number> {
  const { json } = args;
  const kafka = cliKafka(conn, 'dlq');
  const dlq = new DeadLetters(kafka);
  switch (args.command) {
    case 'list': {
      const all = await dlq.list({ topic: args.topic });
      const records = args.pending ? all.filter((r) => !r.replayed) : all;
      write(json ? `${JSON.stringify(records, null, 2)}\n` : formatList(records));
      // Not dead letters (nothing to replay) but articles that went nowhere, with the reason:
      // listed with them so one command answers "what did not make it" (JSON output unchanged).
      if (!json && (!args.topic || args.topic === TOPICS.ARTICLES_REJECTED_V1)) write(`\n${formatRejected(await readRejected(kafka))}`);
      return 0;
    }
    case 'rejected': {
      const rejected = await readRejected(kafka);
      write(json ? `${JSON.stringify(rejected, null, 2)}\n` : formatRejected(rejected));
      return 0;
    }
    case 'show': {
      const record = await dlq.get(args.id);
      if (!record) {
        write(`no dead letter ${args.id}\n`);
        return 1;
      }
      write(json ? `${JSON.stringify(record, null, 2)}\n` : formatOne(record));
      return 0;
    }
    case 'replay': {
      const producer = new PipelineProducer(kafka);
      try {
        const { dryRun } = args;
        const replayed = await dlq.replay(producer, {
          ids: args.ids,
          topic: args.topic,
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
  }
}

function formatList(records: DeadLetterRecord[]): string {
  if (!records.length) return 'no dead letters\n';
  const rows = records.map((r) => [
    r.id,
    r.replayed ? 'replayed' : 'pending',
    `${r.originalTopic}[${r.originalPartition ?? '?'}]@${r.originalOffset ?? '?'}`,
    r.group ?? '-',
    r.errorKind,
    String(r.attempts ?? '-'),
    r.failedAt ?? '-',
    oneLine(r.error, 80),
  ]);
  const header = ['ID', 'STATE', 'ORIGINAL', 'GROUP', 'KIND', 'ATTEMPTS', 'FAILED AT', 'ERROR'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const pending = records.filter((r) => !r.replayed).length;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${records.length} dead letter(s), ${pending} pending\n`;
}

export type RejectedArticle = ArticleRejectedV1 & { offset: string };

/** Every articles.rejected.v1 event, oldest first (a throwaway reader group; no position moves). */
async function readRejected(kafka: ReturnType<typeof cliKafka>): Promise<RejectedArticle[]> {
  const out: RejectedArticle[] = [];
  await readTopicRange(kafka, [TOPICS.ARTICLES_REJECTED_V1], (m) => {
    const parsed = ArticleRejectedV1.safeParse(safeJson(m.value?.toString('utf8') ?? ''));
    if (parsed.success) out.push({ ...parsed.data, offset: `${m.partition}:${m.offset}` });
  });
  return out.sort((a, b) => a.rejectedAt.localeCompare(b.rejectedAt));
}

function formatRejected(records: RejectedArticle[]): string {
  if (!records.length) return `no rejected articles (${TOPICS.ARTICLES_REJECTED_V1})\n`;
  const rows = records.map((r) => [r.articleId, r.reason, r.fileName ?? r.url ?? '-', r.rejectedAt, oneLine(r.detail, 80)]);
  const header = ['ARTICLE', 'REASON', 'FILE / URL', 'REJECTED AT', 'DETAIL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return `rejected articles (${TOPICS.ARTICLES_REJECTED_V1}):\n${[line(header), ...rows.map(line)].join('\n')}\n\n${records.length} rejected article(s)\n`;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
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

if (require.main === module) runStackCli('dlq', DLQ_USAGE, () => dlqCommand(parseDlqArgs(process.argv.slice(2)), resolveStack(), (s) => process.stdout.write(s)));
