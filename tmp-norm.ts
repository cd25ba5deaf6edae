import { readFileSync } from 'node:fs';
import { normaliseArticle } from '@raseed/article-normalisation';
const a = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const r = normaliseArticle({ body: a.text, url: a.url, fileName: 'x.json', hints: { publishedAt: a.published_at } });
console.log(JSON.stringify(r).slice(0, 1500));
