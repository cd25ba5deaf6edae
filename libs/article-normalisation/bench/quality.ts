// Main-text quality on the HTML fixtures: this lib vs @mozilla/readability, side by side.
//   node -r ./tools/register.js libs/article-normalisation/bench/quality.ts [fixtures-dir]
import * as fs from 'fs';
import * as path from 'path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeText } from '@raseed/arabic-text';
import { normaliseArticle, type NormalisedArticle } from '@raseed/article-normalisation';
import { type Overlap, sumOverlaps, textOverlap } from './text-overlap';

const dir = process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures', 'html');
const META_FIELDS = ['title', 'publishedAt', 'author', 'outlet', 'canonicalUrl'] as const;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const row = (name: string, lib: Overlap, rd: Overlap, meta: string) =>
  `${name.padEnd(22)} ${pct(lib.precision)} ${pct(lib.recall)} ${pct(lib.f1)}   | ${pct(rd.precision)} ${pct(rd.recall)} ${pct(rd.f1)}   | ${meta}`;

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return parsed?.textContent ?? '';
}

const libScores: Overlap[] = [];
const rdScores: Overlap[] = [];
let metaOk = 0;
let metaTotal = 0;
console.log(`${'fixture'.padEnd(22)} ${'lib P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   | ${'rdb P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}   | metadata (lib)`);
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const name = file.replace(/\.html$/, '');
  const body = fs.readFileSync(path.join(dir, file));
  const expected = fs.readFileSync(path.join(dir, `${name}.expected.txt`), 'utf8');
  const metaPath = path.join(dir, `${name}.meta.json`);
  const expectedMeta = fs.existsSync(metaPath) ? (JSON.parse(fs.readFileSync(metaPath, 'utf8')) as Partial<NormalisedArticle>) : {};
  const result = normaliseArticle({ body, fileName: file });
  const libText = result.ok ? result.article.text : '';
  const lib = textOverlap(libText, expected);
  const rd = textOverlap(readabilityText(decodeText(body).text), expected);
  libScores.push(lib);
  rdScores.push(rd);
  const misses: string[] = [];
  for (const field of META_FIELDS) {
    if (!(field in expectedMeta)) continue;
    metaTotal++;
    const got = result.ok ? result.article[field] : undefined;
    if (got === expectedMeta[field]) metaOk++;
    else misses.push(`${field}=${JSON.stringify(got)}`);
  }
  console.log(row(name, lib, rd, misses.length ? `miss ${misses.join(' ')}` : 'all fields'));
}
console.log(row('MICRO-AVERAGE', sumOverlaps(libScores), sumOverlaps(rdScores), `${metaOk}/${metaTotal} fields right`));
