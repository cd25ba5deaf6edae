// Throughput of normaliseArticle on one core: plain-text and HTML paths, articles/s.
//   node -r ./tools/register.js libs/article-normalisation/bench/normalise.bench.ts [corpus-dir]
// Inputs are generated from this lib's own fixtures; a corpus dir (.json/.txt/.html) is optional.
import * as fs from 'fs';
import * as path from 'path';
import { NearDuplicateIndex, normaliseArticle, type NormaliseInput } from '@raseed/article-normalisation';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'html');
const PLAIN_COUNT = 5000;
const HTML_COUNT = 1000;

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Vocabulary of the fixture stories; generated sentences are random word sequences from it,
// so articles differ like real ones do (a small pool of whole sentences would make every
// article a near-duplicate of every other and distort the duplicate-index figure).
const vocabulary = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.txt'))
  .flatMap((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8').split(/\s+/))
  .map((w) => w.replace(/[.،,:«»"]/g, ''))
  .filter((w) => w.length > 1);
const FURNITURE_HEAD = ['fbpx', 'الأحد 29 أكتوبر 2023 01:49 م', 'شبكة الوادي'];
const FURNITURE_TAIL = ['((3))', 'المصدر | شبكة الوادي', 'كلمات مفتاحية', 'الكهرباء الصيانة الطقس', 'مقالات ذات صلة', 'اظهر المزيد', 'زر الذهاب إلى الأعلى'];

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(vocabulary[Math.floor(random() * vocabulary.length)]);
    if (i > 3 && i < words - 3 && random() < 0.08) out[out.length - 1] += '،';
  }
  return `${out.join(' ')}.`;
}

/** A plain-text page dump of about 3 KB: title, dateline, story paragraphs, tail furniture. */
function plainArticle(random: () => number, i: number): Buffer {
  const lines = [`عنوان الخبر رقم ${i} ${sentence(random, 6).slice(0, -1)}`, ...FURNITURE_HEAD];
  const paragraphs = 5 + Math.floor(random() * 6);
  for (let k = 0; k < paragraphs; k++) lines.push(sentence(random, 12 + Math.floor(random() * 20)) + ' ' + sentence(random, 8 + Math.floor(random() * 10)));
  lines.push(...FURNITURE_TAIL, sentence(random, 8).slice(0, -1), sentence(random, 9).slice(0, -1));
  return Buffer.from(lines.join('\n\n'));
}

function bench(label: string, inputs: NormaliseInput[]): number {
  for (const input of inputs.slice(0, 1000)) normaliseArticle(input); // warm-up: JIT and lazy tables
  const bytes = inputs.reduce((a, x) => a + x.body.length, 0);
  let rejected = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const input of inputs) if (!normaliseArticle(input).ok) rejected++;
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // Per core: articles per second of this process's CPU time, so a busy machine (other
  // processes competing for the core) does not count against the code.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = inputs.length / cpuSeconds;
  console.log(
    `${label.padEnd(26)} ${String(inputs.length).padStart(6)} articles  ${(bytes / inputs.length / 1024).toFixed(1).padStart(5)} KiB avg  ` +
      `${rate.toFixed(0).padStart(7)} articles/s per core (CPU time)  ${(inputs.length / seconds).toFixed(0).padStart(7)} articles/s wall  ` +
      `${(bytes / cpuSeconds / 1e6).toFixed(1).padStart(6)} MB/s  rejected ${rejected}`,
  );
  return rate;
}

function corpusInputs(dir: string): NormaliseInput[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(json|txt|html?)$/.test(f))
    .map((f) => ({ body: fs.readFileSync(path.join(dir, f)), fileName: f }));
}

const random = prng(42);
const plain = Array.from({ length: PLAIN_COUNT }, (_, i) => ({ body: plainArticle(random, i) }));
const pages = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const html = Array.from({ length: HTML_COUNT }, (_, i) => {
  const file = pages[i % pages.length];
  return { body: fs.readFileSync(path.join(FIXTURES, file)), fileName: file };
});

console.log(`normaliseArticle, one core (node ${process.version})`);
const plainRate = bench('plain text (generated)', plain);
bench('HTML (fixture pages)', html);
if (process.argv[2]) bench(`corpus ${path.basename(process.argv[2])}`, corpusInputs(process.argv[2]));

const index = new NearDuplicateIndex();
const fingerprints = plain.map((p) => {
  const r = normaliseArticle(p);
  return r.ok ? r.article.fingerprint : '';
});
const start = process.hrtime.bigint();
fingerprints.forEach((fp, i) => {
  if (!fp) return;
  index.findDuplicate(fp);
  index.add(String(i), fp);
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${'near-duplicate find+add'.padEnd(26)} ${String(fingerprints.length).padStart(6)} articles  ${(fingerprints.length / seconds).toFixed(0).padStart(20)} articles/s`);

const TARGET = 2000;
console.log(plainRate >= TARGET ? `OK plain-text path ≥ ${TARGET} articles/s` : `BELOW TARGET: plain-text path < ${TARGET} articles/s`);
