// The command lines of the operations and quality CLIs: what they accept and the one line they refuse with.
import { resolve } from 'node:path';
import { HelpRequested, UsageError } from '@raseed/config';
import { parseDashboardsImportArgs } from './dashboards-import';
import { parseDlqArgs } from './dlq';
import { parseEvalArgs } from './eval-incidents';
import { parseIncidentsArgs } from './incidents';
import { parseLagArgs } from './lag';
import { parseReprocessArgs } from './reprocess';

/** The message of the UsageError `fn` throws (anything else fails the test). */
const refusal = (fn: () => unknown): string => {
  expect(fn).toThrow(UsageError);
  return (() => {
    try {
      return fn() as never;
    } catch (err) {
      return (err as Error).message;
    }
  })();
};

describe('npm run lag', () => {
  it('reads its options, groups repeated or comma-separated', () => {
    expect(parseLagArgs([])).toEqual({ json: false, groups: undefined, samples: 2, intervalMs: 1000 });
    expect(parseLagArgs(['--json', '--group', 'indexer,extractor', '--group=api', '--samples', '5', '--interval-ms=0'])).toEqual({
      json: true,
      groups: ['indexer', 'extractor', 'api'],
      samples: 5,
      intervalMs: 0,
    });
  });

  it.each([
    [['--sample', '5'], 'unknown option --sample'],
    [['--samples', 'abc'], "--samples must be a whole number (got 'abc')"],
    [['--samples', '0'], '--samples must be between 1 and 1000 (got 0)'],
    [['--interval-ms', '1.5'], "--interval-ms must be a whole number (got '1.5')"],
    [['--samples'], '--samples needs a value'],
    [['indexer'], 'unexpected argument indexer'],
  ])('refuses %j: %s', (argv, message) => {
    expect(refusal(() => parseLagArgs(argv))).toBe(message);
  });

  it('--help', () => expect(() => parseLagArgs(['--help'])).toThrow(HelpRequested));
});

describe('npm run reprocess', () => {
  it('needs --from, one of the stages', () => {
    expect(parseReprocessArgs(['--from', 'extract'])).toEqual({ from: 'extract', dryRun: false, wait: true, timeoutMs: 600_000 });
    expect(parseReprocessArgs(['--from=index', '--dry-run', '--no-wait', '--timeout-s', '30'])).toEqual({ from: 'index', dryRun: true, wait: false, timeoutMs: 30_000 });
    expect(refusal(() => parseReprocessArgs([]))).toBe('--from is required (extract or index)');
    expect(refusal(() => parseReprocessArgs(['--from', 'normalise']))).toBe("--from must be extract or index (got 'normalise')");
    expect(refusal(() => parseReprocessArgs(['--from', 'index', '--timeout-s', '10m']))).toBe("--timeout-s must be a whole number (got '10m')");
    expect(refusal(() => parseReprocessArgs(['--from', 'index', '--dryrun']))).toBe('unknown option --dryrun');
  });
});

describe('npm run dlq', () => {
  it('parses each sub-command with its own options', () => {
    expect(parseDlqArgs(['list'])).toEqual({ command: 'list', topic: undefined, pending: false, json: false });
    expect(parseDlqArgs(['list', '--topic', 'articles.normalised.v1', '--pending', '--json'])).toEqual({ command: 'list', topic: 'articles.normalised.v1', pending: true, json: true });
    expect(parseDlqArgs(['show', 'articles.fetched.v1.dlt:0:12'])).toEqual({ command: 'show', id: 'articles.fetched.v1.dlt:0:12', json: false });
    expect(parseDlqArgs(['replay', 'a.dlt:0:1', 'a.dlt:0:2', '--dry-run'])).toEqual({ command: 'replay', ids: ['a.dlt:0:1', 'a.dlt:0:2'], topic: undefined, dryRun: true, json: false });
  });

  it.each([
    [[], 'missing command (list, show, replay, rejected)'],
    [['purge'], 'unknown command purge (list, show, replay, rejected)'],
    [['list', '--dry-run'], 'unknown option --dry-run'],
    [['list', 'extra'], 'unexpected argument extra'],
    [['show'], 'missing dead-letter id'],
    [['show', 'a', 'b'], 'unexpected argument b'],
    [['replay', '--topic'], '--topic needs a value'],
  ])('refuses %j: %s', (argv, message) => {
    expect(refusal(() => parseDlqArgs(argv))).toBe(message);
  });

  it('--help, alone or after a sub-command', () => {
    expect(() => parseDlqArgs(['--help'])).toThrow(HelpRequested);
    expect(() => parseDlqArgs(['replay', '-h'])).toThrow(HelpRequested);
  });
});

describe('npm run dashboards:import', () => {
  it('takes the URL from the option, else the environment, else localhost', () => {
    expect(parseDashboardsImportArgs([], {})).toMatchObject({ url: 'http://localhost:5601', waitSeconds: 0 });
    expect(parseDashboardsImportArgs([], { OPENSEARCH_DASHBOARDS_URL: 'http://d:5601' }).url).toBe('http://d:5601');
    expect(parseDashboardsImportArgs(['--url', 'http://x:1', '--dir', 'deploy', '--wait-seconds', '120'], {})).toEqual({ url: 'http://x:1', dir: resolve('deploy'), waitSeconds: 120 });
    expect(refusal(() => parseDashboardsImportArgs(['--wait-seconds', '-1'], {}))).toBe('--wait-seconds needs a value (one starting with - goes as --wait-seconds=-…)');
    expect(refusal(() => parseDashboardsImportArgs(['--wait-seconds=-1'], {}))).toBe('--wait-seconds must be between 0 and 3600 (got -1)');
    expect(refusal(() => parseDashboardsImportArgs(['--wait', '5'], {}))).toBe('unknown option --wait');
  });
});

describe('npm run incidents and npm run eval', () => {
  it('incidents takes article paths only', () => {
    expect(parseIncidentsArgs(['a', 'b.jsonl'])).toEqual(['a', 'b.jsonl']);
    expect(refusal(() => parseIncidentsArgs([]))).toBe('missing article path');
    expect(refusal(() => parseIncidentsArgs(['--json', 'a']))).toBe('unknown option --json');
  });

  it('eval takes up to two folders and its options', () => {
    expect(parseEvalArgs(['c/corpus/x', '--brief', '--out', 'r.json'])).toEqual({
      corpus: 'c/corpus/x',
      gold: 'c/gold/x',
      pred: undefined,
      out: 'r.json',
      baseline: undefined,
      brief: true,
      json: false,
    });
    expect(refusal(() => parseEvalArgs(['a', 'b', 'c']))).toBe('unexpected argument c');
    expect(refusal(() => parseEvalArgs(['--brief', '--verbose']))).toBe('--brief and --errors ask for opposite things');
  });
});
