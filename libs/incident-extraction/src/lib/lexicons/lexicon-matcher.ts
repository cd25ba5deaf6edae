import type { Weapon } from '@raseed/contracts';
import { Gazetteer, GazetteerPlace } from '../gazetteer/gazetteer';
import { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher';
import { KeyToken } from '../text/tokens';
import { ACTORS, ActorTag } from './actors';
import { CUES, CueTag } from './cues';
import { WEAPONS } from './weapons';

// All lexicons and the gazetteer compiled into one trie, so a sentence is walked once
// instead of once per lexicon (the walk is most of the extraction cost).

const CUE = 0;
const ACTOR = 1;
const WEAPON = 2;
const PLACE = 3;

export interface LexiconHits {
  cues: PhraseMatch<CueTag>[];
  actors: PhraseMatch<ActorTag>[];
  weapons: PhraseMatch<Weapon>[];
  places: PhraseMatch<GazetteerPlace>[];
}

type Entry = CueTag | ActorTag | Weapon | GazetteerPlace;
const compiled = new WeakMap<Gazetteer, PhraseMatcher<Entry>>();

function build(gaz: Gazetteer): PhraseMatcher<Entry> {
  const m = new PhraseMatcher<Entry>();
  for (const [tag, phrases] of CUES) for (const p of phrases) m.add(p, tag, CUE);
  for (const [tag, phrases] of ACTORS) for (const p of phrases) m.add(p, tag, ACTOR);
  for (const [w, phrases] of WEAPONS) for (const p of phrases) m.add(p, w, WEAPON);
  for (const [name, place] of gaz.names()) m.add(name, place, PLACE);
  return m;
}

/** Longest non-overlapping hits of every lexicon in tokens[from, to). */
export function matchLexicons(gaz: Gazetteer, tokens: KeyToken[], from: number, to: number): LexiconHits {
  let m = compiled.get(gaz);
  if (!m) { m = build(gaz); compiled.set(gaz, m); }
  const g = m.findLongestGroups(tokens, from, to);
  return {
    cues: g[CUE] as PhraseMatch<CueTag>[],
    actors: g[ACTOR] as PhraseMatch<ActorTag>[],
    weapons: g[WEAPON] as PhraseMatch<Weapon>[],
    places: g[PLACE] as PhraseMatch<GazetteerPlace>[],
  };
}
