import type { IncidentCategory } from '@raseed/contracts';
import { SqlExecutor } from '../sql-executor';
import { querySurfaceTerms, splitAtCategoryWords, tsqueryText } from '../vocabulary/vocabulary.query';

// Surface term → its tsquery text under raseed_arabic, for the life of the process: the same
// words (the vocabulary's forms above all) recur in query after query. Bounded by clearing.
const LEXED = new Map<string, string>();
const LEXED_MAX = 50_000;

/** The query text as tsquery texts (`$n::tsquery` parameters), built once per request. */
export interface QueryTsqueries {
  /** Every word of the query: what articles must match, and what incidents are ranked and highlighted by. */
  all: string;
  /** The words that do not name a category (splitAtCategoryWords), '' when there are none. */
  rest: string;
  /** Words naming a category: an incident matches each by its text or by its category. */
  categoryWords: { tsquery: string; category: IncidentCategory }[];
}

/**
 * The normalised query as tsquery texts: the vocabulary's expansion (querySurfaceTerms), each
 * surface term lexed by PostgreSQL (stemmer, stop words, phrase distances: phraseto_tsquery, which
 * is what to_tsquery does with a quoted phrase), duplicates removed (tsqueryText). Only terms not
 * seen before cost a round trip. The texts travel as `$n::tsquery` parameters: user text never
 * becomes query syntax (PostgreSQL writes every lexeme quoted), and the planner estimates from the
 * lexemes themselves.
 */
export async function queryTsqueries(db: SqlExecutor, normalised: string): Promise<QueryTsqueries> {
  const { segments, categoryWords } = splitAtCategoryWords(normalised);
  const all = querySurfaceTerms(normalised);
  const lexed = await lexTerms(db, all.flat());
  const text = (conjunction: string[][]) => tsqueryText(conjunction, (t) => lexed.get(t) ?? '');
  return {
    all: text(all),
    rest: text(segments.flatMap(querySurfaceTerms)),
    categoryWords: categoryWords.map((w) => ({ tsquery: text(querySurfaceTerms(w.typed)), category: w.category })),
  };
}

async function lexTerms(db: SqlExecutor, terms: readonly string[]): Promise<Map<string, string>> {
  const lexed = new Map<string, string>();
  const missing: string[] = [];
  for (const t of new Set(terms)) {
    const q = LEXED.get(t);
    if (q === undefined) missing.push(t);
    else lexed.set(t, q);
  }
  if (missing.length) {
    const rows = await db.query<{ term: string; q: string }>(`SELECT t AS term, phraseto_tsquery('raseed_arabic', t)::text AS q FROM unnest($1::text[]) t`, [missing]);
    if (LEXED.size + rows.length > LEXED_MAX) LEXED.clear();
    for (const r of rows) {
      LEXED.set(r.term, r.q);
      lexed.set(r.term, r.q);
    }
  }
  return lexed;
}
