// CLI: normalise article files (.json, .txt, .html) and print one JSON line per article.
//   npm run -s normalise -- <file-or-dir> [...more]
// Rejected inputs (not Arabic, empty, binary) and unreadable files are reported on stderr.
import * as fs from 'fs';
import * as path from 'path';
import { NearDuplicateIndex, normaliseArticle, readJsonEnvelope } from '@raseed/article-normalisation';
import { parseCli, runCli } from '@raseed/config';

export const NORMALISE_USAGE = `usage: npm run -s normalise -- <file-or-folder> [...]
  .json, .txt, .html and .htm files (folders are read recursively): one JSON line per article on
  stdout; rejected articles and unreadable files on stderr (exit 1 if a file could not be read)`;

const EXTENSIONS = new Set(['.json', '.txt', '.html', '.htm']);

export interface NormaliseCliLine {
  id: string;
  title: string | null;
  published_at: string | null;
  lang: string;
  text: string;
  removed: string[];
  url: string | null;
  duplicate_of: string | null;
}

/** Files under the given paths, sorted, with a supported extension. Throws on a missing path. */
export function listArticleFiles(target: string): string[] {
  const stat = fs.statSync(target); // throws ENOENT for a bad path
  if (stat.isFile()) return [target];
  const out: string[] = [];
  for (const entry of fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) out.push(...listArticleFiles(full));
    else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const targets = parseCli(argv, { options: {}, positionals: { min: 1, max: Infinity, name: 'file or folder' } }).positionals;
  const files: string[] = [];
  for (const target of targets) {
    try {
      files.push(...listArticleFiles(target));
    } catch (e) {
      err(`normalise: cannot read ${target}: ${(e as Error).message}`);
      return 2;
    }
  }
  const duplicates = new NearDuplicateIndex();
  let failures = 0;
  for (const file of files) {
    let body: Buffer;
    try {
      body = fs.readFileSync(file);
    } catch (e) {
      err(`normalise: ${file}: ${(e as Error).message}`);
      failures++;
      continue;
    }
    const ext = path.extname(file).toLowerCase();
    const envelope = ext === '.json' ? readJsonEnvelope(body.toString('utf8')) : null;
    const id = envelope?.id ?? path.basename(file, ext);
    const result = normaliseArticle({ body, fileName: path.basename(file), url: envelope?.url ?? null });
    if (!result.ok) {
      err(JSON.stringify({ id, file, rejected: result.reason, detail: result.detail }));
      continue;
    }
    const a = result.article;
    const duplicateOf = duplicates.findDuplicate(a.fingerprint);
    duplicates.add(id, a.fingerprint);
    const line: NormaliseCliLine = {
      id,
      title: a.title,
      published_at: a.publishedAt,
      lang: a.lang,
      text: a.text,
      removed: a.removed,
      url: a.canonicalUrl,
      duplicate_of: duplicateOf,
    };
    out(JSON.stringify(line));
  }
  return failures > 0 ? 1 : 0;
}

if (require.main === module) {
  runCli('normalise', NORMALISE_USAGE, () =>
    main(
      process.argv.slice(2),
      (l) => process.stdout.write(`${l}\n`),
      (l) => process.stderr.write(`${l}\n`),
    ),
  );
}
