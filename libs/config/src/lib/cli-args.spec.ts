import { cliFailure, enumOption, HelpRequested, intOption, parseCli, positiveNumberOption, UsageError } from '@raseed/config';

const spec = {
  options: { json: { type: 'boolean' as const }, samples: { type: 'string' as const }, group: { type: 'string' as const, multiple: true } },
  positionals: { max: 1, name: 'path' },
};

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('expected a UsageError');
}

describe('parseCli (node:util parseArgs, strict)', () => {
  it('reads flags, values in both forms, repeatable options and positionals', () => {
    expect(parseCli(['--json', '--samples', '3', '--group=a', '--group', 'b', 'dir'], spec)).toEqual({
      values: { json: true, samples: '3', group: ['a', 'b'] },
      positionals: ['dir'],
    });
  });

  it.each([
    [['--sample', '5'], 'unknown option --sample'],
    [['-x'], 'unknown option -x'],
    [['--samples'], '--samples needs a value'],
    [['--samples', '--json'], '--samples needs a value (one starting with - goes as --samples=-…)'],
    [['--json=yes'], '--json takes no value'],
    [['--samples', '1', '--samples', '2'], '--samples given twice'],
    [['a', 'b'], 'unexpected argument b'],
  ])('rejects %j: %s', (argv, message) => {
    expect(usageError(() => parseCli(argv, spec))).toBe(message);
  });

  it('rejects any positional when the CLI takes none, and demands the required ones', () => {
    expect(usageError(() => parseCli(['x'], { options: {} }))).toBe('unexpected argument x');
    expect(usageError(() => parseCli([], { options: {}, positionals: { min: 1, max: 9, name: 'path' } }))).toBe('missing path');
  });

  it('asks for the usage on --help or -h', () => {
    expect(() => parseCli(['--help'], spec)).toThrow(HelpRequested);
    expect(() => parseCli(['-h'], { options: {}, positionals: { min: 1 } })).toThrow(HelpRequested);
  });
});

describe('option values', () => {
  it('whole numbers in a range', () => {
    expect(intOption('samples', '3', { min: 1, max: 10 })).toBe(3);
    expect(intOption('samples', undefined, { min: 1 }, 2)).toBe(2);
    expect(usageError(() => intOption('samples', 'abc', { min: 1 }))).toBe("--samples must be a whole number (got 'abc')");
    expect(usageError(() => intOption('samples', '1.5', { min: 1 }))).toBe("--samples must be a whole number (got '1.5')");
    expect(usageError(() => intOption('samples', '0', { min: 1, max: 10 }))).toBe('--samples must be between 1 and 10 (got 0)');
    expect(usageError(() => intOption('wait', '-1', { min: 0 }))).toBe('--wait must be at least 0 (got -1)');
    expect(usageError(() => intOption('port', undefined, { min: 0 }))).toBe('--port is required');
  });

  it('positive numbers', () => {
    expect(positiveNumberOption('rate', '2.5', 50)).toBe(2.5);
    expect(positiveNumberOption('rate', undefined, 50)).toBe(50);
    for (const bad of ['0', '-1', 'abc', '', 'Infinity']) expect(usageError(() => positiveNumberOption('rate', bad, 50))).toMatch(/^--rate must be a number greater than 0/);
  });

  it('one of a set', () => {
    expect(enumOption('from', 'index', ['extract', 'index'])).toBe('index');
    expect(enumOption('fsync', undefined, ['always', 'never'], 'never')).toBe('never');
    expect(usageError(() => enumOption('from', 'normalise', ['extract', 'index']))).toBe("--from must be extract or index (got 'normalise')");
    expect(usageError(() => enumOption('fsync', 'x', ['always', 'interval', 'never']))).toBe("--fsync must be always, interval or never (got 'x')");
    expect(usageError(() => enumOption('from', undefined, ['extract', 'index']))).toBe('--from is required (extract or index)');
  });
});

describe('cliFailure', () => {
  it('usage on stdout with 0 for --help; one line with 2 for a usage error; the described errors; else the stack with 1', () => {
    expect(cliFailure('lag', 'usage: lag', new HelpRequested())).toEqual({ stream: 'stdout', text: 'usage: lag\n', code: 0 });
    expect(cliFailure('lag', 'usage: lag', new UsageError('unknown option --sample'))).toEqual({ stream: 'stderr', text: 'lag: unknown option --sample (see --help)\n', code: 2 });
    expect(cliFailure('lag', 'u', new Error('no stack'), () => ({ message: 'no running stack', code: 3 }))).toEqual({ stream: 'stderr', text: 'lag: no running stack\n', code: 3 });
    expect(cliFailure('lag', 'u', new Error('boom'))).toMatchObject({ stream: 'stderr', code: 1, text: expect.stringMatching(/^lag: Error: boom\n\s+at /) });
  });
});
