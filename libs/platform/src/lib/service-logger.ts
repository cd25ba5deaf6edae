import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { currentLogFields, jsonReplacer, LogFields, LogFormat, textFields } from '@raseed/config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Levels at and above `level` (an unknown name means `log`). */
export function logLevelsFrom(level: string): LogLevel[] {
  const i = LEVELS.indexOf(level as LogLevel);
  return LEVELS.slice(0, i < 0 ? 4 : i + 1);
}

/** `{ message, ...fields }`: how code logs details as fields rather than inside the text. */
function structured(message: unknown): { message: string; fields: LogFields } | null {
  if (message === null || typeof message !== 'object' || Array.isArray(message) || message instanceof Error) return null;
  const { message: text, ...fields } = message as LogFields;
  return typeof text === 'string' ? { message: text, fields } : null;
}

/**
 * Nest's ConsoleLogger with the pipeline's fields. JSON (`{ json: true }`): one object per line
 * with `service`, the handling's correlation fields (topic, partition, offset, group, articleId:
 * see withLogFields) and a structured message's fields at the top level. Text: as Nest prints
 * it, a structured message's fields appended as `(k=v, …)`.
 */
export class ServiceLogger extends ConsoleLogger {
  constructor(
    private readonly service: string,
    format: LogFormat,
    level: string,
  ) {
    super({ json: format === 'json', logLevels: logLevelsFrom(level) });
  }

  protected override getJsonLogObject(message: unknown, options: Parameters<ConsoleLogger['getJsonLogObject']>[1]) {
    const s = structured(message);
    const base = super.getJsonLogObject(s ? s.message : message, options);
    const extra: LogFields = { service: this.service, ...currentLogFields(), ...s?.fields };
    const out: LogFields = { ...base };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined && !(k in base)) out[k] = v;
    return out as ReturnType<ConsoleLogger['getJsonLogObject']>;
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): unknown {
    const s = structured(message);
    return s ? super.stringifyMessage(`${s.message}${textFields(s.fields)}`, logLevel) : super.stringifyMessage(message, logLevel);
  }

  protected override stringifyReplacer(key: string, value: unknown): unknown {
    return value instanceof Error ? jsonReplacer(key, value) : super.stringifyReplacer(key, value);
  }
}
