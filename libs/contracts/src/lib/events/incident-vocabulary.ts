import { z } from 'zod';

// Closed vocabularies shared by extraction, de-duplication, search facets and the scorer.
export const IncidentCategory = z.enum(['attack_on_us_forces', 'strike_on_militias']);
export type IncidentCategory = z.infer<typeof IncidentCategory>;

export const Weapon = z.enum(['drone', 'rocket', 'missile', 'mortar', 'airstrike', 'artillery', 'ied', 'small_arms', 'unknown']);
export type Weapon = z.infer<typeof Weapon>;

export const Actor = z.enum(['islamic_resistance_iraq', 'kataib_hezbollah', 'nujaba', 'kataib_sayyid_al_shuhada', 'iran_backed_militia', 'irgc', 'us', 'coalition', 'israel', 'unknown']);
export type Actor = z.infer<typeof Actor>;

export const DatePrecision = z.enum(['day', 'month']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const EVIDENCE_FIELDS = ['category', 'date', 'place', 'target', 'weapon', 'actor', 'claimed_by', 'killed', 'injured'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];
