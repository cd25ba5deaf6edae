import { Actor, Weapon } from '@raseed/contracts';

/** Outcome of comparing two field values: same, compatible (one refines or approximates the other), conflict, or unknown. */
export type Agreement = 'same' | 'compatible' | 'conflict' | 'unknown';

// Outlets describe the same munition loosely (a "missile" is often a rocket, drones are air strikes).
const WEAPON_FAMILY: Record<Weapon, string> = {
  rocket: 'indirect',
  mortar: 'indirect',
  artillery: 'indirect',
  missile: 'missile',
  drone: 'air',
  airstrike: 'air',
  ied: 'ground',
  small_arms: 'ground',
  unknown: 'unknown',
};
const NEAR_FAMILIES = new Set(['indirect|missile', 'missile|indirect', 'air|missile', 'missile|air']);
// A drone launches rockets and missiles: one outlet names the drone, another what it fired.
const DRONE_LAUNCHED: ReadonlySet<Weapon> = new Set<Weapon>(['rocket', 'missile']);

export function weaponAgreement(a: Weapon | null, b: Weapon | null): Agreement {
  if (!a || !b || a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === b) return 'same';
  if ((a === 'drone' && DRONE_LAUNCHED.has(b)) || (b === 'drone' && DRONE_LAUNCHED.has(a))) return 'compatible';
  const fa = WEAPON_FAMILY[a];
  const fb = WEAPON_FAMILY[b];
  return fa === fb || NEAR_FAMILIES.has(`${fa}|${fb}`) ? 'compatible' : 'conflict';
}

// Named groups are members of the Iran-backed militia umbrella; the US leads the coalition.
const ACTOR_PARENT: Partial<Record<Actor, Actor>> = {
  islamic_resistance_iraq: 'iran_backed_militia',
  kataib_hezbollah: 'iran_backed_militia',
  nujaba: 'iran_backed_militia',
  kataib_sayyid_al_shuhada: 'iran_backed_militia',
  irgc: 'iran_backed_militia',
  us: 'coalition',
};

/** Depth in the actor hierarchy: a deeper actor is more specific. */
export function actorSpecificity(a: Actor): number {
  if (a === 'unknown') return 0;
  return ACTOR_PARENT[a] ? 2 : 1;
}

export function actorAgreement(a: Actor | null, b: Actor | null): Agreement {
  if (!a || !b || a === 'unknown' || b === 'unknown') return 'unknown';
  if (a === b) return 'same';
  const ra = ACTOR_PARENT[a] ?? a;
  const rb = ACTOR_PARENT[b] ?? b;
  // The umbrella claim group (IRI) speaks for the member factions, so siblings are compatible too.
  return ra === rb ? 'compatible' : 'conflict';
}

/**
 * Casualty figures grow as reports update (6 → 20+ injured, 25 → 34 → 40), so different
 * non-zero figures are compatible; "none" against a count, or wildly different counts, are not.
 */
export function countAgreement(a: number | null, b: number | null): Agreement {
  if (a === null || b === null) return 'unknown';
  if (a === b) return 'same';
  if (a === 0 || b === 0) return 'conflict';
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return hi <= lo * 8 || hi - lo <= 5 ? 'compatible' : 'conflict';
}
