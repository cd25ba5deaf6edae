import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * How every process of the pipeline writes its log: `text` (human-readable, the default on a
 * terminal and under `npm start`) or `json` (one object per line, for log collectors).
 */
export type LogFormat = 'json' | 'text';

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** Fields a log line may carry beside its message: correlation (topic, offset, articleId, …) and details. */
export type LogFields = Record<string, unknown>;

/** LOG_FORMAT when set; else JSON under NODE_ENV=production (the compose file sets it), text otherwise. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'text') return env.LOG_FORMAT;
  return env.NODE_ENV === 'production' ? 'json' : 'text';
}

const fieldsStore = new AsyncLocalStorage<LogFields>();

/**
 * Runs `fn` with `fields` added to every log line written during it, through every await it
 * makes (AsyncLocalStorage): the consumer wiring sets topic, partition, offset and group for a
 * message's handling, and a batch handler may narrow it to one article. Inner fields win.
 */
export function withLogFields<T>(fields: LogFields, fn: () => T): T {
  return fieldsStore.run({ ...fieldsStore.getStore(), ...fields }, fn);
}

/** The fields of the handling in progress (empty outside any). */
export function currentLogFields(): LogFields {
  return fieldsStore.getStore() ?? {};
}

// Set by each line's writer; a field of the same name in the context or the message cannot hide them.
const RESERVED = new Set(['level', 'pid', 'timestamp', 'message', 'context']);

/**
 * One JSON log line (no newline), in the shape Nest's JSON ConsoleLogger writes, so a
 * collector reads the launcher, the broker and the services alike: level, pid, timestamp
 * (ms since the epoch), message, context, then the correlation and detail fields.
 */
export function jsonLogLine(level: LogLevelName, message: string, context?: string, fields: LogFields = {}): string {
  const line: LogFields = { level, pid: process.pid, timestamp: Date.now(), message };
  if (context) line.context = context;
  for (const [k, v] of Object.entries({ ...currentLogFields(), ...fields })) if (v !== undefined && !RESERVED.has(k)) line[k] = v;
  return JSON.stringify(line, jsonReplacer);
}

/**
 * A child's output line for a combined JSON log (the launcher's): its own JSON object, with
 * `service` added when missing; anything else (a Node warning, a crash's trace) wrapped in
 * one, so every line of the combined log stays one JSON object.
 */
export function childLineAsJson(service: string, line: string, fromStderr: boolean): string {
  if (line.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return 'service' in parsed ? line : JSON.stringify({ ...parsed, service });
    } catch {
      // not JSON after all: wrapped below
    }
  }
  return jsonLogLine(fromStderr ? 'warn' : 'log', line, service, { service });
}

/** Errors, bigints and the like as JSON can carry them. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message, ...(value.stack ? { stack: value.stack } : {}) };
  return value;
}

/** ` (k=v, k=v)` for the text format: details stay on the line without making it JSON. */
export function textFields(fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v, jsonReplacer)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * A line logger for processes that do not run Nest (the broker, the launcher): JSON or text
 * by logFormat() (JSON lines name `context` as their service, as the services' lines do), text
 * lines as `prefix message`.
 */
export function lineLogger(context: string, options: { format?: LogFormat; stream?: NodeJS.WritableStream; textPrefix?: (level: LogLevelName) => string } = {}) {
  const format = options.format ?? logFormat();
  const stream = options.stream ?? process.stdout;
  const write =
    (level: LogLevelName) =>
    (message: string, fields: LogFields = {}) => {
      stream.write(`${format === 'json' ? jsonLogLine(level, message, context, { service: context, ...fields }) : `${options.textPrefix?.(level) ?? ''}${message}${textFields(fields)}`}\n`);
    };
  return { format, fatal: write('fatal'), error: write('error'), warn: write('warn'), log: write('log'), debug: write('debug') };
}
