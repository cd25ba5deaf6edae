// Gold files and prediction lines as the annotation guide (../shared/eval/GUIDE.md) defines them.
// Values stay loosely typed: scoring compares them leniently (trimmed, case-insensitive, numeric
// strings equal to numbers), so a prediction's odd value must reach the comparison, not be dropped.

export interface PlaceRef {
  name_en?: unknown;
  lat?: unknown;
  lon?: unknown;
  [key: string]: unknown;
}

export interface GoldIncident {
  gid: string;
  required?: unknown;
  category: string;
  /** Accepted days (YYYY-MM-DD) or months (YYYY-MM); empty = any date is accepted. */
  date?: string[];
  place?: PlaceRef | null;
  /** Accepted values; absent = any value is accepted. A null in a count list = "not stated". */
  weapon?: unknown[];
  actor?: unknown[];
  killed?: unknown[];
  injured?: unknown[];
  note?: unknown;
  [key: string]: unknown;
}

export interface GoldDocument {
  doc: string;
  published_at?: unknown;
  incidents: GoldIncident[];
}

export interface EvidenceSentence {
  sentence: string;
  [key: string]: unknown;
}

export interface PredictedIncident {
  category?: unknown;
  date?: unknown;
  place?: PlaceRef | null;
  weapon?: unknown;
  actor?: unknown;
  killed?: unknown;
  injured?: unknown;
  /** The system's de-duplicated incident id, shared by mentions it considers one incident. */
  cluster?: unknown;
  /** Per field, the sentence the extractor read it from (the incidents CLI writes it; optional). */
  evidence?: Record<string, EvidenceSentence | undefined>;
  [key: string]: unknown;
}

export interface PredictionDocument {
  doc: string;
  incidents: PredictedIncident[];
}

export class EvaluationInputError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON, or an error naming where it came from. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new EvaluationInputError(`${source}: not JSON (${(e as Error).message})`);
  }
}

/** One gold file's JSON; `source` names it in errors. */
export function parseGoldDocument(text: string, source: string): GoldDocument {
  const raw = parseJson(text, source);
  if (!isObject(raw)) throw new EvaluationInputError(`${source}: a gold file holds one JSON object`);
  if (raw.doc === undefined || raw.doc === null) throw new EvaluationInputError(`${source}: no "doc"`);
  const incidents = raw.incidents ?? [];
  if (!Array.isArray(incidents)) throw new EvaluationInputError(`${source}: "incidents" must be a list`);
  incidents.forEach((g, i) => {
    const where = `${source}: incident ${i + 1}`;
    if (!isObject(g)) throw new EvaluationInputError(`${where} is not an object`);
    if (typeof g.gid !== 'string' || g.gid === '') throw new EvaluationInputError(`${where} has no "gid"`);
    if (typeof g.category !== 'string') throw new EvaluationInputError(`${where} (${g.gid}) has no "category"`);
    if (g.date !== undefined && g.date !== null && !(Array.isArray(g.date) && g.date.every((d) => typeof d === 'string'))) {
      throw new EvaluationInputError(`${where} (${g.gid}): "date" must be a list of YYYY-MM-DD / YYYY-MM strings`);
    }
    if (g.place !== undefined && g.place !== null && !isObject(g.place)) throw new EvaluationInputError(`${where} (${g.gid}): "place" must be an object`);
  });
  return { ...raw, doc: String(raw.doc), incidents: incidents as GoldIncident[] };
}

/** JSON lines as the incidents CLI prints them (one per article); `source` names the file in errors. */
export function parsePredictionLines(text: string, source: string): PredictionDocument[] {
  const out: PredictionDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    const raw = parseJson(line, where);
    if (!isObject(raw)) throw new EvaluationInputError(`${where}: each line holds one JSON object`);
    if (raw.doc === undefined || raw.doc === null) throw new EvaluationInputError(`${where}: no "doc"`);
    // A line without an incident list predicts nothing for its article, as in the shared scorer.
    const incidents = Array.isArray(raw.incidents) ? raw.incidents : [];
    incidents.forEach((p, k) => {
      if (!isObject(p)) throw new EvaluationInputError(`${where}: incident ${k + 1} is not an object`);
    });
    out.push({ doc: String(raw.doc), incidents: incidents as PredictedIncident[] });
  });
  return out;
}
