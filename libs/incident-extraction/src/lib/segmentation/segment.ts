import type { Weapon } from '@raseed/contracts';
import { CasualtyMention } from '../casualties/casualties';
import { DateMention } from '../dates/dates';
import { PlaceMention } from '../gazetteer/gazetteer';
import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { KeyToken } from '../text/tokens';
import { SentenceFacts, Tagged } from './sentence-facts';

/** One segment of a sentence, tokens [a, b), with the sentence's facts that fall inside it. */
export interface Segment {
  tokens: KeyToken[];
  s: SentenceFacts;
  a: number;
  b: number;
  cues: Tagged<CueTag>[];
  actors: Tagged<ActorTag>[];
  weapons: Tagged<Weapon>[];
  count(t: CueTag): number;
  has(t: ActorTag): boolean;
  /** Token i lies in the segment. */
  holds(i: number): boolean;
  /** Character offset lies in the segment. */
  spans(offset: number): boolean;
  places(): PlaceMention[];
  dates(): DateMention[];
  casualties(): CasualtyMention[];
}

export function segmentOf(tokens: KeyToken[], s: SentenceFacts, a: number, b: number): Segment {
  const holds = (i: number) => i >= a && i < b;
  const spans = (offset: number) => offset >= tokens[a].start && offset < tokens[b - 1].end;
  const cues = s.cues.filter((c) => holds(c.from));
  const counts = new Map<CueTag, number>();
  for (const c of cues) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
  const actors = s.actors.filter((x) => holds(x.from));
  return {
    tokens,
    s,
    a,
    b,
    cues,
    actors,
    weapons: s.weapons.filter((x) => holds(x.from)),
    count: (t) => counts.get(t) ?? 0,
    has: (t) => actors.some((x) => x.value === t),
    holds,
    spans,
    places: once(() => s.places.filter((p) => holds(p.from))),
    dates: once(() => s.dates.filter((d) => spans(d.start))),
    casualties: once(() => s.casualties.filter((c) => spans(c.start))),
  };
}

// Read by several passes of one segment: computed on first use.
function once<T>(f: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= f());
}
