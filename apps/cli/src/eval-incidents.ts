// Scores the incidents CLI on a corpus with the shared scorer:
//   npm run -s eval -- [corpus-dir] [gold-dir] [--verbose]
// Defaults: ../shared/corpus/dev and ../shared/gold/dev (relative to the repo root).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const [corpus = '../shared/corpus/dev', gold = corpus.replace(/corpus[\\/]/, 'gold/')] = args.filter((a) => !a.startsWith('--'));
const root = resolve(__dirname, '../../..');
const pred = join(mkdtempSync(join(tmpdir(), 'incidents-eval-')), 'pred.jsonl');
const out = execFileSync(process.execPath, ['-r', join(root, 'tools/register.js'), join(root, 'apps/cli/src/incidents.ts'), corpus], { cwd: root, maxBuffer: 1 << 28 });
writeFileSync(pred, out);
const scorer = resolve(root, '../shared/eval/score.mjs');
process.stdout.write(execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...flags], { cwd: root }));
console.log(`predictions: ${pred}`);
