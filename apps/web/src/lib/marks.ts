// Turning highlight markup and evidence offsets into text segments, rendered as text nodes
// (never as HTML), so article text cannot inject markup into the page.

export interface Segment {
  text: string;
  mark: boolean;
  /** Evidence fields this segment is evidence for (evidence highlighting only). */
  fields?: string[];
}

/** Splits `a <mark>b</mark> c` (search highlights) into segments; any other tag stays text. */
export function splitMarks(highlight: string): Segment[] {
  const out: Segment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(highlight); m; m = re.exec(highlight)) {
    if (m.index > last) out.push({ text: highlight.slice(last, m.index), mark: false });
    if (m[1]) out.push({ text: m[1], mark: true });
    last = m.index + m[0].length;
  }
  if (last < highlight.length) out.push({ text: highlight.slice(last), mark: false });
  return out;
}

export interface Span {
  start: number;
  end: number;
  field: string;
}

/**
 * Marks evidence spans in an article's text. Overlapping spans (one sentence is evidence for
 * several fields) become one marked segment carrying every field. Out-of-range spans are clipped.
 */
export function markSpans(text: string, spans: Span[]): Segment[] {
  const valid = spans.map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) })).filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const fields = valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.field);
    const seg: Segment = fields.length ? { text: text.slice(a, b), mark: true, fields: [...new Set(fields)] } : { text: text.slice(a, b), mark: false };
    const prev = out[out.length - 1];
    if (prev && prev.mark === seg.mark && String(prev.fields) === String(seg.fields)) prev.text += seg.text;
    else out.push(seg);
  }
  return out;
}

/** One mention's evidence grouped by sentence, in reading order: [{sentence, start, fields}]. */
export function evidenceSentences(evidence: Partial<Record<string, { sentence: string; start: number; end: number }>>): Array<{ sentence: string; start: number; end: number; fields: string[] }> {
  const bySentence = new Map<string, { sentence: string; start: number; end: number; fields: string[] }>();
  for (const [field, ev] of Object.entries(evidence)) {
    if (!ev) continue;
    const key = `${ev.start}:${ev.end}`;
    const hit = bySentence.get(key);
    if (hit) hit.fields.push(field);
    else bySentence.set(key, { sentence: ev.sentence, start: ev.start, end: ev.end, fields: [field] });
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}
