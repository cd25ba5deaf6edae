// incidents CLI: articles in, one JSON line per article out (the scorer's format).
//   npm run -s incidents -- <dir | file.jsonl | file.json | file.txt | file.html> [...]
// Runs normalise → extract → de-duplicate in process with the same libs as the services.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { cleanDisplayText } from '@raseed/arabic-text';
import { parseCli, runCli } from '@raseed/config';
import type { IncidentMention } from '@raseed/contracts';
import { NearDuplicateIndex, normaliseArticle, textWithTitle } from '@raseed/article-normalisation';
import { ArticleMention, clusterMentions, withCompanions } from '@raseed/incident-clustering';
import { EXTRACTOR_VERSION, extractIncidents } from '@raseed/incident-extraction';

export interface RawArticle {
  id: string;
  url: string | null;
  publishedAt: string | null;
  body: string;
  fileName: string;
}

interface Prepared {
  id: string;
  url: string | null;
  publishedAt: string | null;
  outlet: string | null;
  text: string;
  /** The normaliser's near-duplicate fingerprint (null when normalisation fell back to raw text). */
  fingerprint: string | null;
}

const ARTICLE_EXT = new Set(['.json', '.txt', '.html', '.htm']);

function fromJson(obj: Record<string, unknown>, fallbackId: string, fileName: string): RawArticle {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  return {
    id: String(obj.id ?? fallbackId),
    url: str(obj.url),
    publishedAt: str(obj.published_at) ?? str(obj.publishedAt),
    body: str(obj.text) ?? str(obj.html) ?? str(obj.body) ?? '',
    fileName,
  };
}

/** Articles from directories, JSON / JSONL files, or .txt / .html files (id = file name). */
export function readInputs(paths: string[]): RawArticle[] {
  const out: RawArticle[] = [];
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      const files = readdirSync(p)
        .filter((f) => ARTICLE_EXT.has(extname(f).toLowerCase()) || f.endsWith('.jsonl'))
        .sort();
      out.push(...readInputs(files.map((f) => join(p, f))));
      continue;
    }
    const ext = extname(p).toLowerCase();
    const id = basename(p, extname(p));
    const content = readFileSync(p, 'utf8');
    if (ext === '.jsonl') {
      content.split('\n').forEach((line, i) => {
        if (line.trim()) out.push(fromJson(JSON.parse(line), `${id}-${i + 1}`, `${id}.json`));
      });
    } else if (ext === '.json') {
      out.push(fromJson(JSON.parse(content), id, basename(p)));
    } else {
      out.push({ id, url: null, publishedAt: null, body: content, fileName: basename(p) });
    }
  }
  return out;
}

/** Normalisation as the pipeline does it; raw text passes through cleaned if that lib rejects or fails. */
function prepare(a: RawArticle): Prepared | null {
  try {
    const res = normaliseArticle({ body: a.body, url: a.url, fileName: a.fileName, hints: { publishedAt: a.publishedAt } });
    if (!res.ok) return res.reason === 'not_arabic' || res.reason === 'empty' ? null : fallback(a);
    // The envelope's own day wins: a normalised UTC date-time can shift the local day.
    const pub = a.publishedAt ?? res.article.publishedAt;
    // The headline often carries the incident ("قصف صاروخي يستهدف …"): extraction reads it
    // with the body, exactly as the extractor service does.
    const text = textWithTitle(res.article.title, res.article.text);
    return { id: a.id, url: a.url, publishedAt: pub, outlet: res.article.outlet, text, fingerprint: res.article.fingerprint };
  } catch {
    return fallback(a);
  }
}

function fallback(a: RawArticle): Prepared {
  const text = /<\/?[a-z][\s\S]*>/i.test(a.body) ? a.body.replace(/<[^>]+>/g, ' ') : a.body;
  return { id: a.id, url: a.url, publishedAt: a.publishedAt, outlet: null, text: cleanDisplayText(text), fingerprint: null };
}

/** One scorer-format JSON line per article, de-duplicated across all of them. */
export function incidentLines(articles: RawArticle[]): string[] {
  const results: Array<{ id: string; mentions: IncidentMention[] }> = [];
  const flat: ArticleMention[] = [];
  // Agency copies are found as the normaliser service finds them, so they share their incidents here too.
  const copies = new NearDuplicateIndex();
  for (const raw of articles) {
    const art = prepare(raw);
    const mentions = art ? extractIncidents({ text: art.text, publishedAt: art.publishedAt }) : [];
    results.push({ id: raw.id, mentions });
    const duplicateOf = art?.fingerprint ? (copies.findMatches(art.fingerprint).find((d) => d.id !== raw.id)?.id ?? null) : null;
    if (art?.fingerprint) copies.add(raw.id, art.fingerprint);
    for (const m of mentions)
      flat.push({ articleId: raw.id, publishedAt: art?.publishedAt ?? null, outlet: art?.outlet ?? null, url: raw.url, mention: m, duplicateOf, fingerprint: art?.fingerprint ?? null });
  }
  const clusters = clusterMentions(withCompanions(flat));
  let k = 0;
  return results.map((r) => {
    const incidents = r.mentions.map((m) => ({
      category: m.category,
      date: m.date?.value ?? null,
      date_precision: m.date?.precision ?? null,
      place: m.place ? { name_en: m.place.name_en, name_ar: m.place.name_ar, lat: m.place.lat, lon: m.place.lon } : null,
      weapon: m.weapon,
      actor: m.actor,
      claimed_by: m.claimed_by,
      killed: m.killed,
      injured: m.injured,
      cluster: clusters[k++],
      confidence: m.confidence,
      evidence: m.evidence,
    }));
    return JSON.stringify({ doc: r.id, extractor: EXTRACTOR_VERSION, incidents });
  });
}

export const INCIDENTS_USAGE = `usage: npm run -s incidents -- <dir | file.jsonl | file.json | file.txt | file.html> [...]
  one JSON line per article on stdout (the scorer's format), de-duplicated across all of them`;

/** The article paths of a command line (no options). */
export function parseIncidentsArgs(argv: readonly string[]): string[] {
  return parseCli(argv, { options: {}, positionals: { min: 1, max: Infinity, name: 'article path' } }).positionals;
}

function main(): number {
  const lines = incidentLines(readInputs(parseIncidentsArgs(process.argv.slice(2))));
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
  return 0;
}

if (require.main === module) runCli('incidents', INCIDENTS_USAGE, main, (err) => ((err as NodeJS.ErrnoException).code === 'ENOENT' ? { message: (err as Error).message, code: 2 } : null));
