// Command-line parsing for the project's CLIs: node:util parseArgs in strict mode (unknown flags,
// missing values and stray arguments are errors), one option given twice is an error, and the
// value checks every CLI needs (whole numbers in a range, positive numbers, one of a set).
// A bad command line is a UsageError: one line on stderr and exit code 2.
import { parseArgs } from 'node:util';

/** A command line the CLI cannot run. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** --help or -h was given: runCli prints the usage on stdout and exits 0. */
export class HelpRequested extends Error {
  override readonly name = 'HelpRequested';
  constructor() {
    super('help requested');
  }
}

export interface CliOption {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once (the values are collected). */
  multiple?: boolean;
}

export interface CliSpec<O extends Record<string, CliOption>> {
  options: O;
  /** How many positional arguments are allowed (default none). */
  positionals?: { min?: number; max?: number; name?: string };
}

type Value<T extends CliOption> = T['type'] extends 'boolean' ? (T['multiple'] extends true ? boolean[] : boolean) : T['multiple'] extends true ? string[] : string;

export interface ParsedCli<O extends Record<string, CliOption>> {
  values: { [K in keyof O]?: Value<O[K]> };
  positionals: string[];
}

function invalidValue(m: string): string {
  const flag = /^Option '(-[^' ]+)/.exec(m)?.[1] ?? 'an option';
  if (/does not take an argument/.test(m)) return `${flag} takes no value`;
  // Missing, or followed by another option ("ambiguous"): a value starting with - goes after =.
  return /ambiguous/.test(m) ? `${flag} needs a value (one starting with - goes as ${flag}=-…)` : `${flag} needs a value`;
}

const NODE_MESSAGES: Array<[string, (m: string) => string]> = [
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', (m) => `unknown option ${/'([^']+)'/.exec(m)?.[1] ?? m}`],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', invalidValue],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', (m) => `unexpected argument ${/'([^']+)'/.exec(m)?.[1] ?? m}`],
];

/**
 * Parses `argv` against `spec` (strict); throws UsageError for anything it does not describe,
 * HelpRequested for --help / -h.
 */
export function parseCli<O extends Record<string, CliOption>>(argv: readonly string[], spec: CliSpec<O>): ParsedCli<O> {
  const max = spec.positionals?.max ?? 0;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: max > 0,
      tokens: true,
    });
  } catch (err) {
    const code = (err as { code?: string }).code;
    const rewrite = NODE_MESSAGES.find(([c]) => c === code);
    if (!rewrite) throw err;
    throw new UsageError(rewrite[1]((err as Error).message));
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens ?? []) {
    if (t.kind !== 'option' || spec.options[t.name]?.multiple) continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} given twice`);
    seen.add(t.name);
  }
  if (parsed.values.help === true) throw new HelpRequested();
  const values = { ...parsed.values } as Record<string, unknown>;
  delete values.help;
  const { min = 0, name = 'argument' } = spec.positionals ?? {};
  if (parsed.positionals.length < min) throw new UsageError(min === 1 ? `missing ${name}` : `needs at least ${min} ${name}s`);
  if (parsed.positionals.length > max) throw new UsageError(`unexpected argument ${parsed.positionals[max]}`);
  return { values: values as ParsedCli<O>['values'], positionals: parsed.positionals };
}

/** A whole number option within [min, max]; `fallback` when absent (undefined fallback: required). */
export function intOption(name: string, raw: string | undefined, range: { min: number; max?: number }, fallback?: number): number {
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required`);
    return fallback;
  }
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`--${name} must be a whole number (got '${raw}')`);
  const n = Number(raw);
  if (n < range.min || n > max) throw new UsageError(`--${name} must be ${range.max === undefined ? `at least ${range.min}` : `between ${range.min} and ${max}`} (got ${n})`);
  return n;
}

/** A number option greater than zero (rates); `fallback` when absent. */
export function positiveNumberOption(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a number greater than 0 (got '${raw}')`);
  return n;
}

/** One of `allowed`; `fallback` when absent (undefined fallback: required). */
export function enumOption<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`--${name} is required (${allowed.join(' or ')})`);
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be ${allowed.join(', ').replace(/, ([^,]+)$/, ' or $1')} (got '${raw}')`);
  return raw as T;
}

/**
 * Runs a CLI's main and exits with the code it returns (a main that returns nothing keeps the
 * process up: a server). HelpRequested prints `usage` on stdout (exit 0); a UsageError prints one
 * line, `<name>: <problem> (see --help)`, on stderr (exit 2); `describe` turns other known errors
 * into one line and an exit code; anything else is printed with its stack (exit 1).
 */
export function runCli(name: string, usage: string, main: () => Promise<number | void> | number | void, describe: (err: unknown) => { message: string; code: number } | null = () => null): void {
  const fail = (err: unknown): void => {
    const out = cliFailure(name, usage, err, describe);
    (out.stream === 'stdout' ? process.stdout : process.stderr).write(out.text);
    process.exit(out.code);
  };
  let result: Promise<number | void> | number | void;
  try {
    result = main();
  } catch (err) {
    return fail(err);
  }
  Promise.resolve(result).then((code) => {
    if (typeof code === 'number') process.exit(code);
  }, fail);
}

/** What runCli prints for an error, and the exit code. */
export function cliFailure(
  name: string,
  usage: string,
  err: unknown,
  describe: (err: unknown) => { message: string; code: number } | null = () => null,
): { stream: 'stdout' | 'stderr'; text: string; code: number } {
  if (err instanceof HelpRequested) return { stream: 'stdout', text: `${usage}\n`, code: 0 };
  if (err instanceof UsageError) return { stream: 'stderr', text: `${name}: ${err.message} (see --help)\n`, code: 2 };
  const known = describe(err);
  if (known) return { stream: 'stderr', text: `${name}: ${known.message}\n`, code: known.code };
  return { stream: 'stderr', text: `${name}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`, code: 1 };
}
