// Scores predictions against gold (../shared/eval/GUIDE.md): the shared scorer's figures, the same
// per category, negatives kept clean, and every error with what is needed to see its cause.
import { scoreDedup, type DedupFigures, type GoldMention, type SplitIncident, type WrongMerge } from './dedup-pairs';
import type { GoldDocument, GoldIncident, PredictedIncident, PredictionDocument } from './evaluation-input';
import { prf, r3 } from './figures';
import { clusterOf, evidenceSentences, fieldEvidence, nearestFirst, pairGap, summariseGold, summarisePrediction, type GoldSummary, type PairGap, type PredictionSummary } from './incident-summary';
import { fieldInformative, fieldMatches, matchDocument, SCORED_FIELDS, type ScoredField } from './incident-matching';

export const REPORT_SCHEMA = 'incident-evaluation.report/1';

export type FieldFigures = Record<ScoredField, number>;

export interface IncidentFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Matched predictions (optional gold incidents included). */
  tp: number;
  fp: number;
  missed_required: number;
  required: number;
}

export interface CategoryFigures {
  incidents: IncidentFigures;
  fields: FieldFigures;
  field_counts: FieldFigures;
}

/** One gold incident's fate, for comparing runs. */
export interface GoldOutcome {
  doc: string;
  gid: string;
  required: boolean;
  category: string;
  matched: boolean;
  /** Index of the matched prediction in its document's line. */
  pred: number | null;
  wrong_fields: ScoredField[];
  cluster: string | null;
}

export interface NearestPrediction extends PairGap {
  index: number;
  prediction: PredictionSummary;
  /** The gold incident this prediction was paired with instead, if any. */
  matched_to: string | null;
  evidence: string[];
}

export interface MissedIncident {
  doc: string;
  gid: string;
  gold: GoldSummary;
  nearest: NearestPrediction | null;
}

export interface NearestGold extends PairGap {
  index: number;
  gid: string;
  required: boolean;
  /** Index of the prediction this gold incident was paired with instead, if any. */
  matched_to: number | null;
}

export interface SpuriousPrediction {
  doc: string;
  index: number;
  prediction: PredictionSummary;
  evidence: string[];
  nearest: NearestGold | null;
}

export interface FieldError {
  doc: string;
  gid: string;
  field: ScoredField;
  gold: unknown;
  predicted: unknown;
  /** The sentence the field was read from (or the incident's own sentence when the field has none). */
  evidence: { field: string; sentence: string } | null;
}

export interface EvaluationReport {
  schema: typeof REPORT_SCHEMA;
  documents: number;
  incidents: IncidentFigures;
  fields: FieldFigures;
  field_counts: FieldFigures;
  dedup: DedupFigures;
  /** Documents whose gold has no incident: clean when nothing was predicted for them. */
  negatives: { clean: number; total: number; dirty: string[] };
  categories: Record<string, CategoryFigures>;
  gold_outcomes: GoldOutcome[];
  errors: {
    missed: MissedIncident[];
    spurious: SpuriousPrediction[];
    fields: FieldError[];
    dedup: { split: SplitIncident[]; merged: WrongMerge[] };
  };
}

/** The categories of the guide, listed even when a run has none of them. */
const GUIDE_CATEGORIES = ['attack_on_us_forces', 'strike_on_militias'];

const zeroFields = (): FieldFigures => ({ date: 0, weapon: 0, actor: 0, killed: 0, injured: 0 });

class Tally {
  tp = 0;
  fp = 0;
  required = 0;
  missed = 0;
  hits = zeroFields();
  counted = zeroFields();

  figures(): CategoryFigures {
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const recall = this.required ? (this.required - this.missed) / this.required : 0;
    const { f1 } = prf(precision, recall);
    const fields = zeroFields();
    for (const f of SCORED_FIELDS) fields[f] = this.counted[f] ? r3(this.hits[f] / this.counted[f]) : 0;
    return {
      incidents: { precision: r3(precision), recall: r3(recall), f1: r3(f1), tp: this.tp, fp: this.fp, missed_required: this.missed, required: this.required },
      fields,
      field_counts: { ...this.counted },
    };
  }
}

export function evaluate(goldDocuments: GoldDocument[], predictions: PredictionDocument[]): EvaluationReport {
  // Later entries for one doc replace earlier ones, as in the shared scorer.
  const gold = new Map<string, GoldDocument>();
  for (const g of goldDocuments) gold.set(g.doc, g);
  const predicted = new Map<string, PredictedIncident[]>();
  for (const p of predictions) predicted.set(p.doc, p.incidents);

  const total = new Tally();
  const byCategory = new Map<string, Tally>(GUIDE_CATEGORIES.map((c) => [c, new Tally()]));
  const tallies = (category: unknown) => {
    const key = String(category);
    let t = byCategory.get(key);
    if (!t) byCategory.set(key, (t = new Tally()));
    return [total, t];
  };
  const mentions: GoldMention[] = [];
  const outcomes: GoldOutcome[] = [];
  const missed: MissedIncident[] = [];
  const spurious: SpuriousPrediction[] = [];
  const fieldErrors: FieldError[] = [];
  const negatives = { clean: 0, total: 0, dirty: [] as string[] };

  for (const [doc, g] of gold) {
    const preds = predicted.get(doc) ?? [];
    const golds = g.incidents;
    const predOfGold = new Map<number, number>();
    const goldOfPred = new Map<number, number>();
    for (const { gold: a, pred: b } of matchDocument(golds, preds)) {
      predOfGold.set(a, b);
      goldOfPred.set(b, a);
      const gi = golds[a];
      const pi = preds[b];
      for (const t of tallies(gi.category)) t.tp++;
      for (const f of SCORED_FIELDS) {
        if (!fieldInformative(gi, f)) continue;
        const ok = fieldMatches(gi, pi, f);
        for (const t of tallies(gi.category)) {
          t.counted[f]++;
          if (ok) t.hits[f]++;
        }
        if (!ok) fieldErrors.push({ doc, gid: gi.gid, field: f, gold: gi[f] ?? null, predicted: pi[f] ?? null, evidence: fieldEvidence(pi, f) });
      }
      const cluster = clusterOf(pi);
      if (cluster !== null) mentions.push({ gid: gi.gid, cluster, doc, prediction: summarisePrediction(pi) });
    }
    golds.forEach((gi, a) => {
      const b = predOfGold.get(a);
      outcomes.push({
        doc,
        gid: gi.gid,
        required: Boolean(gi.required),
        category: gi.category,
        matched: b !== undefined,
        pred: b ?? null,
        wrong_fields: b === undefined ? [] : SCORED_FIELDS.filter((f) => fieldInformative(gi, f) && !fieldMatches(gi, preds[b], f)),
        cluster: b === undefined ? null : clusterOf(preds[b]),
      });
      if (!gi.required) return;
      for (const t of tallies(gi.category)) t.required++;
      if (b !== undefined) return;
      for (const t of tallies(gi.category)) t.missed++;
      missed.push({ doc, gid: gi.gid, gold: summariseGold(gi), nearest: nearestPrediction(gi, preds, goldOfPred, golds) });
      mentions.push({ gid: gi.gid, cluster: null, doc, prediction: null });
    });
    preds.forEach((pi, b) => {
      if (goldOfPred.has(b)) return;
      for (const t of tallies(pi.category)) t.fp++;
      spurious.push({ doc, index: b, prediction: summarisePrediction(pi), evidence: evidenceSentences(pi), nearest: nearestGold(pi, golds, predOfGold) });
    });
    if (golds.length === 0) {
      negatives.total++;
      if (preds.length === 0) negatives.clean++;
      else negatives.dirty.push(doc);
    }
  }

  const all = total.figures();
  const dedup = scoreDedup(mentions);
  return {
    schema: REPORT_SCHEMA,
    documents: gold.size,
    incidents: all.incidents,
    fields: all.fields,
    field_counts: all.field_counts,
    dedup: dedup.figures,
    negatives,
    categories: Object.fromEntries([...byCategory].map(([c, t]) => [c, t.figures()])),
    gold_outcomes: outcomes,
    errors: { missed, spurious, fields: fieldErrors, dedup: { split: dedup.split, merged: dedup.merged } },
  };
}

function nearestPrediction(g: GoldIncident, preds: PredictedIncident[], goldOfPred: Map<number, number>, golds: GoldIncident[]): NearestPrediction | null {
  const [best] = nearestFirst(preds.map((p, index) => ({ index, ...pairGap(g, p) })));
  if (!best) return null;
  const p = preds[best.index];
  const other = goldOfPred.get(best.index);
  return { ...best, prediction: summarisePrediction(p), matched_to: other === undefined ? null : golds[other].gid, evidence: evidenceSentences(p) };
}

function nearestGold(p: PredictedIncident, golds: GoldIncident[], predOfGold: Map<number, number>): NearestGold | null {
  const [best] = nearestFirst(golds.map((g, index) => ({ index, ...pairGap(g, p) })));
  if (!best) return null;
  const g = golds[best.index];
  return { ...best, gid: g.gid, required: Boolean(g.required), matched_to: predOfGold.get(best.index) ?? null };
}
