// Plain-text views of a report: the shared scorer's four lines first (so earlier notes stay
// comparable), then per category, negatives and de-duplication, then each error with its evidence.
import type { ReportComparison } from './compare-reports';
import type { EvaluationReport, NearestGold, NearestPrediction } from './evaluate';
import type { PairGap, PredictionSummary } from './incident-summary';
import { SCORED_FIELDS } from './incident-matching';

/** A value as a reader wants it: '-' for none, lists in brackets, no JSON quotes. */
export function show(v: unknown): string {
  if (v === null || v === undefined) return '-';
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

const fieldLine = (fields: EvaluationReport['fields'], counts: EvaluationReport['field_counts']) => SCORED_FIELDS.map((f) => `${f} ${fields[f]} (n ${counts[f]})`).join('  ');

export function renderFigures(r: EvaluationReport): string {
  const i = r.incidents;
  const d = r.dedup;
  const lines = [
    `documents ${r.documents}`,
    `incidents  P ${i.precision}  R ${i.recall}  F1 ${i.f1}  (tp ${i.tp}, fp ${i.fp}, missed ${i.missed_required}/${i.required})`,
    `fields     ${fieldLine(r.fields, r.field_counts)}`,
    `dedup      P ${d.precision}  R ${d.recall}  F1 ${d.f1}  (gold pairs ${d.gold_pairs})`,
    `negatives  clean ${r.negatives.clean}/${r.negatives.total}${r.negatives.dirty.length ? `  (predictions in ${r.negatives.dirty.join(', ')})` : ''}`,
    `dedup      ${d.recovered_pairs} of ${d.gold_pairs} gold pairs share a cluster; ${d.predicted_pairs} predicted pairs; ` +
      `${r.errors.dedup.split.length} incidents split, ${r.errors.dedup.merged.length} clusters merging incidents`,
    'by category',
  ];
  const width = Math.max(...Object.keys(r.categories).map((c) => c.length));
  for (const [c, fig] of Object.entries(r.categories)) {
    const x = fig.incidents;
    lines.push(`  ${c.padEnd(width)}  P ${x.precision}  R ${x.recall}  F1 ${x.f1}  (tp ${x.tp}, fp ${x.fp}, missed ${x.missed_required}/${x.required})`);
    lines.push(`  ${''.padEnd(width)}  ${fieldLine(fig.fields, fig.field_counts)}`);
  }
  return lines.join('\n');
}

const predictionLine = (p: PredictionSummary) =>
  `${show(p.category)} ${show(p.date)} ${show(p.place)}  weapon ${show(p.weapon)}  actor ${show(p.actor)}  killed ${show(p.killed)}  injured ${show(p.injured)}`;

const quote = (sentences: string[], indent: string) => sentences.map((s) => `${indent}« ${s} »`);

function gapText(g: PairGap, category: unknown, place: unknown, date: unknown): string {
  const parts = g.fails.map((t) => (t === 'category' ? `category ${show(category)}` : t === 'place' ? `place ${show(place)} ${g.distance_km ?? '?'} km` : `date ${show(date)}`));
  return parts.length ? `fails ${parts.join(', ')}` : 'passes every test';
}

function nearestPredictionText(n: NearestPrediction | null): string[] {
  if (!n) return ['      no prediction in this document'];
  const why = n.matched_to
    ? `${gapText(n, n.prediction.category, n.prediction.place, n.prediction.date)}; paired with ${n.matched_to}`
    : gapText(n, n.prediction.category, n.prediction.place, n.prediction.date);
  return [`      nearest #${n.index}: ${predictionLine(n.prediction)}`, `        ${why}`, ...quote(n.evidence, '        ')];
}

function nearestGoldText(n: NearestGold | null): string {
  if (!n) return '      no gold incident in this document';
  const paired = n.matched_to === null ? '' : `; it is paired with #${n.matched_to}`;
  const gap = n.fails.map((t) => (t === 'place' ? `place ${n.distance_km ?? '?'} km` : t)).join(', ') || 'none';
  return `      nearest gold ${n.gid}${n.required ? '' : ' (optional)'}: fails ${gap}${paired}`;
}

export function renderErrors(r: EvaluationReport): string {
  const e = r.errors;
  const out: string[] = [];
  out.push(`── missed required incidents (${e.missed.length})`);
  for (const m of e.missed) {
    const g = m.gold;
    out.push(`${m.doc}  ${m.gid}  ${g.category} ${show(g.date)} ${show(g.place)}  weapon ${show(g.weapon)}  actor ${show(g.actor)}  killed ${show(g.killed)}  injured ${show(g.injured)}`);
    if (g.note !== undefined) out.push(`      note: ${show(g.note)}`);
    out.push(...nearestPredictionText(m.nearest));
  }
  out.push(`── spurious predictions (${e.spurious.length})`);
  for (const s of e.spurious) {
    out.push(`${s.doc} #${s.index}  ${predictionLine(s.prediction)}  cluster ${show(s.prediction.cluster)}`);
    out.push(nearestGoldText(s.nearest), ...quote(s.evidence, '      '));
  }
  out.push(`── field errors (${e.fields.length})`);
  for (const f of e.fields) {
    out.push(`${f.doc}  ${f.gid}  ${f.field}: gold ${show(f.gold)} got ${show(f.predicted)}`);
    if (f.evidence) out.push(`      ${f.evidence.field === f.field ? '' : `(${f.evidence.field} sentence) `}« ${f.evidence.sentence} »`);
  }
  out.push(`── de-dup: incidents split across clusters (${e.dedup.split.length})`);
  for (const s of e.dedup.split) {
    const allMissed = s.mentions.every((m) => m.cluster === null);
    out.push(`${s.gid}  (split pairs ${s.split_pairs})${allMissed ? '  every mention missed: an extraction error' : ''}`);
    for (const m of s.mentions) out.push(`      ${m.doc}  ${m.cluster ?? 'missed'}${m.prediction ? `  ${predictionLine(m.prediction)}` : ''}`);
  }
  out.push(`── de-dup: clusters merging incidents (${e.dedup.merged.length})`);
  for (const m of e.dedup.merged) {
    out.push(`${m.cluster}  (wrong pairs ${m.wrong_pairs})`);
    for (const x of m.mentions) out.push(`      ${x.doc}  ${x.gid}${x.prediction ? `  ${predictionLine(x.prediction)}` : ''}`);
  }
  return out.join('\n');
}

const signed = (x: number) => `${x > 0 ? '+' : ''}${Math.round(x * 1000) / 1000}`;

export function renderComparison(c: ReportComparison, baselineName: string): string {
  const out = [`── vs baseline ${baselineName}`];
  const changed = c.figures.filter((f) => f.before !== f.after);
  for (const f of changed) {
    out.push(`  ${f.name.padEnd(32)} ${show(f.before)} → ${show(f.after)}${f.before !== null && f.after !== null ? `  (${signed(f.after - f.before)})` : ''}`);
  }
  if (!changed.length) out.push('  figures unchanged');
  const refs = (title: string, xs: Array<{ doc: string; gid: string; required: boolean }>) => {
    if (xs.length) out.push(`  ${title} (${xs.length}): ${xs.map((x) => `${x.doc} ${x.gid}${x.required ? '' : ' (optional)'}`).join('; ')}`);
  };
  refs('found now', c.found);
  refs('lost now', c.lost);
  const flips = (title: string, xs: Array<{ doc: string; gid: string; field: string }>) => {
    if (xs.length) out.push(`  ${title} (${xs.length}): ${xs.map((x) => `${x.doc} ${x.gid} ${x.field}`).join('; ')}`);
  };
  flips('fields now right', c.fields_fixed);
  flips('fields now wrong', c.fields_broken);
  const sp = (title: string, xs: ReportComparison['spurious_new']) => {
    if (xs.length) out.push(`  ${title} (${xs.length}): ${xs.map((s) => `${s.doc} ${show(s.prediction.category)} ${show(s.prediction.date)} ${show(s.prediction.place)}`).join('; ')}`);
  };
  sp('new spurious', c.spurious_new);
  sp('spurious gone', c.spurious_gone);
  const list = (title: string, xs: string[]) => {
    if (xs.length) out.push(`  ${title} (${xs.length}): ${xs.join('; ')}`);
  };
  list('newly split', c.split_new);
  list('no longer split', c.split_fixed);
  list('newly merged', c.merged_new);
  list('no longer merged', c.merged_fixed);
  if (c.gold_only_before || c.gold_only_after) out.push(`  gold changed: ${c.gold_only_before} incidents only in the baseline, ${c.gold_only_after} only now`);
  return out.join('\n');
}
