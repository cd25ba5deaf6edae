// What changed between two evaluation reports of the same gold: figures, and which gold incidents,
// fields, spurious predictions and de-duplication errors appeared or went away.
import { EvaluationInputError, parseJson } from './evaluation-input';
import { REPORT_SCHEMA, type EvaluationReport, type SpuriousPrediction } from './evaluate';
import { SCORED_FIELDS, type ScoredField } from './incident-matching';

export interface FigureChange {
  name: string;
  before: number | null;
  after: number | null;
}

export interface OutcomeRef {
  doc: string;
  gid: string;
  required: boolean;
}

export interface FieldFlip {
  doc: string;
  gid: string;
  field: ScoredField;
}

export interface ReportComparison {
  figures: FigureChange[];
  /** Gold incidents matched now and not before, and the reverse. */
  found: OutcomeRef[];
  lost: OutcomeRef[];
  /** Fields of incidents matched in both runs that turned right, or wrong. */
  fields_fixed: FieldFlip[];
  fields_broken: FieldFlip[];
  spurious_new: SpuriousPrediction[];
  spurious_gone: SpuriousPrediction[];
  /** Gold incidents whose mentions are split now and were not (or the reverse). */
  split_new: string[];
  split_fixed: string[];
  /** Sets of gold incidents merged into one cluster now and not before (or the reverse), "gid + gid". */
  merged_new: string[];
  merged_fixed: string[];
  /** Gold incidents in only one of the two reports (the gold changed between runs). */
  gold_only_before: number;
  gold_only_after: number;
}

/** A report read back from JSON, checked to be one this module wrote. */
export function parseReport(text: string, source: string): EvaluationReport {
  const raw = parseJson(text, source);
  const schema = (raw as { schema?: unknown } | null)?.schema;
  if (schema !== REPORT_SCHEMA) {
    throw new EvaluationInputError(`${source}: not an evaluation report (schema ${JSON.stringify(schema ?? null)}, expected "${REPORT_SCHEMA}"; write one with --json or --out)`);
  }
  return raw as EvaluationReport;
}

/** The figures compared, by dotted name. */
function figureList(r: EvaluationReport): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of ['precision', 'recall', 'f1', 'tp', 'fp', 'missed_required'] as const) m.set(`incidents.${k}`, r.incidents[k]);
  for (const f of SCORED_FIELDS) m.set(`fields.${f}`, r.fields[f]);
  for (const k of ['precision', 'recall', 'f1'] as const) m.set(`dedup.${k}`, r.dedup[k]);
  m.set('negatives.clean', r.negatives.clean);
  for (const [c, fig] of Object.entries(r.categories)) {
    for (const k of ['precision', 'recall', 'f1'] as const) m.set(`${c}.${k}`, fig.incidents[k]);
  }
  return m;
}

const outcomeKey = (o: { doc: string; gid: string }) => `${o.doc}\u0000${o.gid}`;
const spuriousKey = (s: SpuriousPrediction) => JSON.stringify([s.doc, s.prediction.category, s.prediction.date, s.prediction.place, s.prediction.weapon]);
const mergeKey = (gids: string[]) => [...new Set(gids)].sort().join(' + ');

/** Items of `xs` not in `ys` by key, counting repeats (two equal spurious predictions are two). */
function minus<T>(xs: T[], ys: T[], key: (x: T) => string): T[] {
  const left = new Map<string, number>();
  for (const y of ys) left.set(key(y), (left.get(key(y)) ?? 0) + 1);
  return xs.filter((x) => {
    const n = left.get(key(x)) ?? 0;
    if (n > 0) left.set(key(x), n - 1);
    return n === 0;
  });
}

export function compareReports(before: EvaluationReport, after: EvaluationReport): ReportComparison {
  const b = figureList(before);
  const a = figureList(after);
  const figures = [...new Set([...b.keys(), ...a.keys()])].map((name) => ({ name, before: b.get(name) ?? null, after: a.get(name) ?? null }));

  const prior = new Map(before.gold_outcomes.map((o) => [outcomeKey(o), o]));
  const found: OutcomeRef[] = [];
  const lost: OutcomeRef[] = [];
  const fieldsFixed: FieldFlip[] = [];
  const fieldsBroken: FieldFlip[] = [];
  let common = 0;
  for (const now of after.gold_outcomes) {
    const was = prior.get(outcomeKey(now));
    if (!was) continue;
    common++;
    const ref = { doc: now.doc, gid: now.gid, required: now.required };
    if (now.matched && !was.matched) found.push(ref);
    else if (!now.matched && was.matched) lost.push(ref);
    else if (now.matched) {
      for (const field of SCORED_FIELDS) {
        const wrongNow = now.wrong_fields.includes(field);
        const wrongBefore = was.wrong_fields.includes(field);
        if (wrongNow && !wrongBefore) fieldsBroken.push({ doc: now.doc, gid: now.gid, field });
        if (!wrongNow && wrongBefore) fieldsFixed.push({ doc: now.doc, gid: now.gid, field });
      }
    }
  }
  const splitBefore = before.errors.dedup.split.map((s) => s.gid);
  const splitAfter = after.errors.dedup.split.map((s) => s.gid);
  const mergedBefore = before.errors.dedup.merged.map((m) => mergeKey(m.mentions.map((x) => x.gid)));
  const mergedAfter = after.errors.dedup.merged.map((m) => mergeKey(m.mentions.map((x) => x.gid)));
  const id = (s: string) => s;
  return {
    figures,
    found,
    lost,
    fields_fixed: fieldsFixed,
    fields_broken: fieldsBroken,
    spurious_new: minus(after.errors.spurious, before.errors.spurious, spuriousKey),
    spurious_gone: minus(before.errors.spurious, after.errors.spurious, spuriousKey),
    split_new: minus(splitAfter, splitBefore, id),
    split_fixed: minus(splitBefore, splitAfter, id),
    merged_new: minus(mergedAfter, mergedBefore, id),
    merged_fixed: minus(mergedBefore, mergedAfter, id),
    gold_only_before: before.gold_outcomes.length - common,
    gold_only_after: after.gold_outcomes.length - common,
  };
}
