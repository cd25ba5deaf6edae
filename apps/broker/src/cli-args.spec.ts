import * as path from 'path';
import { HelpRequested, UsageError } from '@raseed/config';
import { parseArgs } from './cli-args';

describe('broker CLI arguments', () => {
  it('parses the documented flags in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['--port', '9092', '--data-dir', 'rel/dir'])).toEqual({ port: 9092, dataDir: path.resolve('rel/dir'), host: '127.0.0.1' });
    expect(parseArgs(['--port=0', '--data-dir=/d', '--host', '0.0.0.0', '--partitions', '4', '--fsync', 'always', '--retention-ms', '1000', '--retention-bytes=2048'])).toEqual({
      port: 0,
      dataDir: '/d',
      host: '0.0.0.0',
      defaultPartitions: 4,
      fsync: 'always',
      retention: { ms: 1000, bytes: 2048 },
    });
    expect(parseArgs(['--port', '0', '--data-dir', '/d', '--forget-members'])).toEqual({ port: 0, dataDir: '/d', host: '127.0.0.1', forgetMembers: true });
  });

  it.each([
    [[], /--port is required/],
    [['--port', '1'], /--data-dir is required/],
    [['--port', 'abc', '--data-dir', '/d'], /--port must be a whole number/],
    [['--port', '70000', '--data-dir', '/d'], /between 0 and 65535/],
    [['--port', '1', '--data-dir', '/d', '--partitions', '0'], /--partitions must be between 1/],
    [['--port', '1', '--data-dir', '/d', '--fsync', 'sometimes'], /--fsync must be always, interval or never/],
    [['--port', '1', '--data-dir'], /--data-dir needs a value/],
    [['--port', '1', '--data-dir', '--host'], /--data-dir needs a value/],
    [['--port', '1', '--port', '2', '--data-dir', '/d'], /given twice/],
    [['--prot', '1'], /^unknown option --prot$/],
    [['--port', '1', '--data-dir', '/d', 'extra'], /^unexpected argument extra$/],
    [['--port', '1', '--data-dir', '/d', '--retention-ms', '1h'], /--retention-ms must be a whole number/],
  ])('rejects %j with a readable message', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message);
  });

  it('asks for the usage on --help, whatever else is given', () => {
    expect(() => parseArgs(['--help'])).toThrow(HelpRequested);
    expect(() => parseArgs(['--port', '1', '-h'])).toThrow(HelpRequested);
  });
});
