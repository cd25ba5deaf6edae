import type { IncidentMention } from '@raseed/contracts';
import type { Draft } from '../merging/merge-candidates';
import type { Candidate } from '../segmentation/candidate';
import { SIMILAR } from '../segmentation/analyse';

// Fields shared between incidents told together.

// "كما أعلنت استهداف …": a claim whose subject is left out continues the claimant before it.
const ELLIPTIC_LEAD = /^(كما|كذلك|ثم)$/;
const ELLIPTIC_VERB = /^و?(اعلن|استهدف|هاجم|قصف|تبن|اكد)/;
export function inheritElidedSubject(drafts: Draft[], mentions: IncidentMention[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const m = mentions[i];
    const first = drafts[i].cands.find((c) => !c.continuation);
    if (!first || m.category !== 'attack_on_us_forces' || first.actors.some((t) => t.value !== 'us' && t.value !== 'coalition')) continue;
    const toks = first.sentence.tokens;
    const lead = toks[first.from];
    // "كما أعلنت …", "وأعلنت …", "وفي وقت لاحق أعلنت …": a claim verb early on, with no subject named.
    let announced = false;
    for (let k = first.from; k < Math.min(first.to, first.from + 5); k++) if (/^و?(اعلنت|اعلن|تبنت|تبني)$/.test(toks[k].norm)) announced = true;
    const elided = (ELLIPTIC_LEAD.test(lead.norm) && first.from + 1 < first.to && ELLIPTIC_VERB.test(toks[first.from + 1].norm)) || /^و(اعلنت|استهدفت|هاجمت|تبنت)$/.test(lead.norm) || announced;
    if (!elided) continue;
    const prev = [...mentions.slice(0, i)].reverse().find((x) => x.category === m.category);
    if (prev && (ACTOR_RANK[prev.actor ?? ''] ?? 0) > (ACTOR_RANK[m.actor ?? ''] ?? 0)) {
      m.actor = prev.actor;
      if (prev.evidence.actor) m.evidence.actor = prev.evidence.actor;
    }
  }
}

// "مسيرة تستهدف قاعدة التنف.. وأخرى تسقط قرب حقل العمر": "another one" is another of the means just told.
const ANOTHER_ONE = /^و?(اخري|اخر|ثانيه)$/;
// "بالتزامن مع هجوم مماثل على قاعدة …"، "وكانت القاعدة قد تعرضت لهجوم مماثل": a similar act is one of the same
// kind, and an attack's kind is its means, unless it names its own.
const SIMILAR_ACT = /^(ل|ب)?(هجوم|هجوما|هجمات|استهداف|قصف|قصفا|اعتداء|ضربه|غاره)$/;
const similarAct = (c: Candidate) => c.sentence.tokens.slice(c.from + 1, c.to).some((t, k) => SIMILAR.test(t.norm) && SIMILAR_ACT.test(c.sentence.tokens[c.from + k].norm));
export function inheritElidedWeapon(drafts: Draft[], mentions: IncidentMention[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const first = drafts[i].cands.find((c) => !c.continuation);
    if (!first || mentions[i].weapon !== 'unknown') continue;
    const anotherOne = ANOTHER_ONE.test(first.sentence.tokens[first.from].norm);
    if (!anotherOne && !similarAct(first)) continue;
    // (The means of the act of its kind told just before: "another one" follows it at once.)
    const prev = anotherOne
      ? mentions[i - 1]
      : mentions
          .slice(0, i)
          .reverse()
          .find((m) => m.category === mentions[i].category);
    if (!prev) continue;
    if (prev.weapon !== 'unknown') {
      mentions[i].weapon = prev.weapon;
      if (prev.evidence.weapon) mentions[i].evidence.weapon = prev.evidence.weapon;
    }
  }
}

const ACTOR_RANK: Partial<Record<string, number>> = { islamic_resistance_iraq: 4, kataib_hezbollah: 4, nujaba: 4, kataib_sayyid_al_shuhada: 4, irgc: 3, iran_backed_militia: 2 };

/** Bases named together in one sentence ("hit Ain al-Asad and a base in Erbil") share who and what. */
export function shareWithinSegment(drafts: Draft[], mentions: IncidentMention[]): void {
  for (let i = 0; i < drafts.length; i++) {
    for (let j = 0; j < drafts.length; j++) {
      if (i === j || drafts[i].category !== 'attack_on_us_forces' || drafts[j].category !== 'attack_on_us_forces') continue;
      const shared = drafts[i].cands.some((a) => !a.continuation && drafts[j].cands.some((b) => b.sentence === a.sentence && b.from === a.from));
      if (!shared) continue;
      const mi = mentions[i];
      const mj = mentions[j];
      if ((ACTOR_RANK[mj.actor ?? ''] ?? 0) > (ACTOR_RANK[mi.actor ?? ''] ?? 0)) {
        mi.actor = mj.actor;
        if (mj.evidence.actor) mi.evidence.actor = mj.evidence.actor;
      }
      if (mi.weapon === 'rocket' && mj.weapon === 'missile') mi.weapon = 'missile';
      if (mi.weapon === 'unknown' && mj.weapon) mi.weapon = mj.weapon;
    }
  }
  // The rank pass can upgrade the actor to a state attacker: its rockets are missiles.
  for (const m of mentions) if (m.actor === 'irgc' && m.weapon === 'rocket') m.weapon = 'missile';
}
