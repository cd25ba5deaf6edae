// Scores the incidents CLI on a corpus against its gold files, with the project's own evaluation:
//   npm run -s eval -- [corpus-dir] [gold-dir] [--pred FILE] [--brief | --errors] [--json] [--out FILE] [--baseline FILE]
// Defaults: ../shared/corpus/dev and the gold folder beside it (corpus/x → gold/x).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '@raseed/incident-extraction';
import {
  compareReports,
  evaluate,
  EvaluationInputError,
  parseGoldDocument,
  parsePredictionLines,
  parseReport,
  renderComparison,
  renderErrors,
  renderFigures,
  type GoldDocument,
} from '@raseed/incident-evaluation';
import { parseCli, runCli, UsageError } from '@raseed/config';
import { incidentLines, readInputs } from './incidents';

const USAGE = `usage: npm run -s eval -- [corpus-dir] [gold-dir] [options]
  corpus-dir        articles to run the incidents CLI on (default ../shared/corpus/dev)
  gold-dir          *.gold.json files (default: the corpus path with corpus/ → gold/)
  --pred FILE       score this predictions file (JSON lines) instead of running the extractor
  --brief           the figures only (by default the errors follow them)
  --errors          the figures and the errors (the default; --verbose is the same)
  --json            print the whole report as JSON instead of text
  --out FILE        also write the JSON report to FILE (for a later --baseline)
  --baseline FILE   compare with an earlier JSON report: figure deltas, flipped incidents and errors`;

interface Options {
  corpus: string;
  gold: string;
  pred?: string;
  out?: string;
  baseline?: string;
  brief: boolean;
  json: boolean;
}

export { UsageError };

export function parseEvalArgs(args: readonly string[]): Options {
  const { values, positionals } = parseCli(args, {
    options: {
      pred: { type: 'string' },
      out: { type: 'string' },
      baseline: { type: 'string' },
      brief: { type: 'boolean' },
      errors: { type: 'boolean' },
      verbose: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    positionals: { max: 2 },
  });
  if (values.brief && (values.errors || values.verbose)) throw new UsageError('--brief and --errors ask for opposite things');
  const [corpus = '../shared/corpus/dev', gold = corpus.replace(/corpus([\\/])/, 'gold$1')] = positionals;
  return { corpus, gold, pred: values.pred, out: values.out, baseline: values.baseline, brief: values.brief ?? false, json: values.json ?? false };
}

function readGold(dir: string): GoldDocument[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new EvaluationInputError(`gold folder ${dir} does not exist`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  if (!files.length) throw new EvaluationInputError(`gold folder ${dir} holds no *.gold.json file`);
  return files.map((f) => parseGoldDocument(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** Predictions from a file, or from running the incidents CLI's code on the corpus (kept in a temp file). */
function predictions(opts: Options): { text: string; file: string; extractor: string | null } {
  if (opts.pred) return { text: readFileSync(opts.pred, 'utf8'), file: opts.pred, extractor: null };
  if (!existsSync(opts.corpus)) throw new EvaluationInputError(`corpus ${opts.corpus} does not exist`);
  const lines = incidentLines(readInputs([opts.corpus]));
  const text = lines.join('\n') + (lines.length ? '\n' : '');
  const file = join(mkdtempSync(join(tmpdir(), 'incidents-eval-')), 'pred.jsonl');
  writeFileSync(file, text);
  return { text, file, extractor: EXTRACTOR_VERSION };
}

/** The whole evaluation for one command line: what it prints (files it is asked to write are written). */
export function runEval(args: string[]): string {
  const opts = parseEvalArgs(args);
  const gold = readGold(opts.gold);
  const baseline = opts.baseline ? parseReport(readFileSync(opts.baseline, 'utf8'), opts.baseline) : null;
  const pred = predictions(opts);
  const report = evaluate(gold, parsePredictionLines(pred.text, pred.file));
  const comparison = baseline ? compareReports(baseline, report) : null;
  const meta = { corpus: opts.pred ? null : opts.corpus, gold: opts.gold, predictions: pred.file, extractor: pred.extractor, generated_at: new Date().toISOString() };
  const full = { ...report, meta, ...(comparison ? { comparison } : {}) };
  if (opts.out) writeFileSync(opts.out, JSON.stringify(full) + '\n');
  if (opts.json) return JSON.stringify(full) + '\n';
  // The comparison before the (long) error listing: it is what a run-to-run loop reads first.
  const parts = [renderFigures(report)];
  if (comparison) parts.push(renderComparison(comparison, opts.baseline as string));
  if (!opts.brief) parts.push(renderErrors(report));
  parts.push(`predictions: ${pred.file}`);
  return parts.join('\n') + '\n';
}

if (require.main === module) {
  runCli(
    'eval',
    USAGE,
    () => {
      process.stdout.write(runEval(process.argv.slice(2)));
      return 0;
    },
    (e) => (e instanceof EvaluationInputError || (e as NodeJS.ErrnoException).code === 'ENOENT' ? { message: (e as Error).message, code: 2 } : null),
  );
}
