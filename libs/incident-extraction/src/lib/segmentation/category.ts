import type { IncidentCategory } from '@raseed/contracts';
import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { IRAN_LINKED, MILITIA_TAGS, isAgent, militiaIsAgent, strikeWord } from './agents';
import { Segment } from './segment';
import { Tagged } from './sentence-facts';

// Which side was hit. Attack: something US is hit (base, forces, embassy, a US site) and no
// US / Israeli / unknown aircraft strikes. Strike: a striker (adjective on the strike,
// aircraft, "شنت الولايات المتحدة") or a militia hit by a strike word, or air raids in an
// article about this war. When both appear, an unidentified drone over a US site is an
// attack; a named striker with militia targets is a strike.

/** What the whole article says about who fights whom (for sentences that name no one). */
export interface ArticleContext {
  /** Iran-backed groups, the US or Israel are named somewhere. */
  ourWar: boolean;
  /** Russia or the Syrian government is named somewhere. */
  otherWar: boolean;
}

export function articleContext(facts: Array<{ actors: Tagged<ActorTag>[] }>): ArticleContext {
  let ourWar = false;
  let otherWar = false;
  for (const f of facts) for (const x of f.actors) {
    if (IRAN_LINKED.has(x.value) || x.value === 'us' || x.value === 'israel' || x.value === 'coalition') ourWar = true;
    if (x.value === 'russia_regime' || x.value === 'turkey') otherWar = true;
  }
  return { ourWar, otherWar };
}

export interface CategoryReading {
  category: IncidentCategory | null;
  /** The US, the coalition or Israel named as the one striking. */
  agents: Tagged<ActorTag>[];
  /** US targets named in the segment (not the striker's own name). */
  usTargetCues: Tagged<CueTag>[];
  /** Striker evidence: strike adjectives, aircraft, agents. */
  strikerWeight: number;
}

export function readCategory(seg: Segment, usPlace: boolean, ctx: ArticleContext): CategoryReading {
  const { tokens, s, a, b, cues, actors, weapons } = seg;
  const agents = actors.filter((x) => (x.value === 'us' || x.value === 'coalition' || x.value === 'israel') && isAgent(tokens, x, a, b));
  const usTargetCues = cues.filter((c) => c.value === 'us_target' && !agents.some((g) => g.from <= c.from && g.to >= c.from));
  const usT = usTargetCues.length + (usPlace ? 1 : 0);
  const aircraft = seg.count('strike_agent') + seg.count('air_agent');
  const stA = aircraft + agents.length;
  const milT = seg.count('militia_target') + actors.filter((x) => MILITIA_TAGS.has(x.value)).length;
  const israel = seg.has('israel');
  const unknownAir = cues.some((c) => (c.value === 'strike_agent' || c.value === 'air_agent') && /مجهول/.test(tokens[c.to - 1].norm));
  const sentenceNames = (test: (t: ActorTag) => boolean) => s.actors.some((x) => test(x.value));
  let category: IncidentCategory | null = null;
  if (stA > 0 && usT === 0) category = milT > 0 || israel || agents.length > 0 || aircraft > 0 ? 'strike_on_militias' : null;
  else if (usT > 0 && stA === 0) category = 'attack_on_us_forces';
  else if (usT > 0 && stA > 0) category = unknownAir || (usPlace && agents.length === 0) ? 'attack_on_us_forces' : milT > 0 && stA >= usT ? 'strike_on_militias' : 'attack_on_us_forces';
  else if (milT > 0 && seg.count('attribution') > 0) category = 'attack_on_us_forces';
  else if (milT > 0 && !militiaIsAgent(tokens, actors, a, b) && sentenceNames((t) => IRAN_LINKED.has(t)) && (seg.count('militia_target') > 0 || strikeWord(tokens, cues))) category = 'strike_on_militias';
  // Air raids with no one named: ours when the sentence or the article is about this war.
  else if (weapons.some((w) => w.value === 'airstrike') && (sentenceNames((t) => IRAN_LINKED.has(t) || t === 'us' || t === 'israel' || t === 'coalition' || t === 'unknown') || (ctx.ourWar && !ctx.otherWar))) category = 'strike_on_militias';
  return { category, agents, usTargetCues, strikerWeight: stA };
}
