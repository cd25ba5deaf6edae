import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { HelpRequested, UsageError } from '@raseed/config';
import { parseReplayArgs } from './replay';

describe('npm run replay: command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replay-args-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the folder and its options, with defaults', () => {
    expect(parseReplayArgs(['--dir', dir])).toEqual({ dir, rate: 50, port: 0, host: '127.0.0.1', window: 500 });
    expect(parseReplayArgs(['--dir', dir, '--rate', '0.5', '--port=4010', '--host', '0.0.0.0', '--window', '10'])).toEqual({ dir, rate: 0.5, port: 4010, host: '0.0.0.0', window: 10 });
  });

  it.each([
    [[], '--dir is required'],
    [['--dir', join(dir, 'none')], `--dir ${join(dir, 'none')} is not a folder`],
    [['--dir', dir, '--rate', 'fast'], "--rate must be a number greater than 0 (got 'fast')"],
    [['--dir', dir, '--rate', '0'], "--rate must be a number greater than 0 (got '0')"],
    [['--dir', dir, '--port', '70000'], '--port must be between 0 and 65535 (got 70000)'],
    [['--dir', dir, '--window', '0'], '--window must be at least 1 (got 0)'],
    [['--dir', dir, '--speed', '2'], 'unknown option --speed'],
    [['--dir', dir, 'extra'], 'unexpected argument extra'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseReplayArgs(argv)).toThrow(UsageError);
    expect(() => parseReplayArgs(argv)).toThrow(message);
  });

  it('--help', () => {
    expect(() => parseReplayArgs(['--help'])).toThrow(HelpRequested);
  });
});
