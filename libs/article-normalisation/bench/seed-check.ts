// Manual check on a corpus of JSON articles (default ../shared/corpus/seeds): every source
// line must end up in the text, the title or the removed list, and every story sentence in
// the text. Prints what was removed per article; exits 1 if a sentence was lost.
//   node -r ./tools/register.js libs/article-normalisation/bench/seed-check.ts [dir]
import * as fs from 'fs';
import * as path from 'path';
import { normaliseArabicWords, splitSentences } from '@raseed/arabic-text';
import { normaliseArticle, readJsonEnvelope } from '@raseed/article-normalisation';

const dir = process.argv[2] ?? path.join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
if (!fs.existsSync(dir)) {
  console.error(`seed-check: no such directory ${dir}`);
  process.exit(2);
}
const key = (s: string) => normaliseArabicWords(s);
let lost = 0;
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const raw = fs.readFileSync(path.join(dir, file));
  const envelope = readJsonEnvelope(raw.toString('utf8'));
  const result = normaliseArticle({ body: raw, fileName: file });
  if (!envelope || !result.ok) {
    console.log(`${file}: ${result.ok ? 'not a JSON article' : `rejected ${result.reason}: ${result.detail}`}`);
    continue;
  }
  const { title, text, removed } = result.article;
  const kept = key(text);
  const removedKeys = new Set(removed.map(key));
  const missing: string[] = [];
  for (const line of envelope.body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (removedKeys.has(key(line)) || key(line) === key(title ?? '')) continue;
    for (const sentence of splitSentences(line)) if (!kept.includes(key(sentence.text))) missing.push(sentence.text);
  }
  lost += missing.length;
  console.log(`${file}: title=${JSON.stringify(title)} published_at=${result.article.publishedAt} paragraphs=${result.article.paragraphs.length} removed=${removed.length}`);
  for (const line of result.article.removedLines) console.log(`   - [${line.kind}] ${line.text}`);
  for (const sentence of missing) console.log(`   ! LOST ${sentence}`);
}
console.log(lost ? `${lost} story sentence(s) lost` : 'no story sentence lost');
process.exitCode = lost ? 1 : 0;
