import { Evidence, EvidenceField } from '@raseed/contracts';
import { CanonicalIncident } from '@raseed/incident-clustering';

/** What the formats read: a canonical incident and each source's evidence (the search document fits). */
export interface ExportIncident extends CanonicalIncident {
  mentions: Array<{ outlet: string | null; evidence: Partial<Record<EvidenceField, Evidence>> }>;
}

/** One incident as one flat record, ACLED-like: what a row of a spreadsheet or a map feature carries. */
export interface IncidentRecord {
  incident_id: string;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known; null when undated. */
  event_date: string | null;
  date_precision: 'day' | 'month' | null;
  category: string;
  actor: string | null;
  claimed_by: string | null;
  target: string | null;
  location: string | null;
  location_ar: string | null;
  admin1: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  weapon: string | null;
  killed: number | null;
  injured: number | null;
  sources_count: number;
  source_urls: string[];
  outlets: string[];
  /** Each distinct evidence sentence with the outlet that wrote it, in report order. */
  notes: string[];
}

export const RECORD_COLUMNS: readonly (keyof IncidentRecord)[] = [
  'incident_id',
  'event_date',
  'date_precision',
  'category',
  'actor',
  'claimed_by',
  'target',
  'location',
  'location_ar',
  'admin1',
  'country',
  'latitude',
  'longitude',
  'weapon',
  'killed',
  'injured',
  'sources_count',
  'source_urls',
  'outlets',
  'notes',
];

const unique = <T>(xs: T[]) => [...new Set(xs)];

export function toRecord(d: ExportIncident): IncidentRecord {
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const m of d.mentions) {
    for (const e of Object.values(m.evidence)) {
      const sentence = e?.sentence.trim();
      if (!sentence || seen.has(sentence)) continue;
      seen.add(sentence);
      notes.push(m.outlet ? `${m.outlet}: ${sentence}` : sentence);
    }
  }
  return {
    incident_id: d.id,
    event_date: d.date?.value ?? null,
    date_precision: d.date?.precision ?? null,
    category: d.category,
    actor: d.actor,
    claimed_by: d.claimedBy,
    target: d.target,
    location: d.place?.name_en || null,
    location_ar: d.place?.name_ar || null,
    admin1: d.place?.admin1 ?? null,
    country: d.place?.country ?? null,
    latitude: d.place?.lat ?? null,
    longitude: d.place?.lon ?? null,
    weapon: d.weapon,
    killed: d.killed,
    injured: d.injured,
    sources_count: d.sources.length,
    source_urls: unique(d.sources.map((s) => s.url).filter((u): u is string => !!u)),
    outlets: unique(d.sources.map((s) => s.outlet).filter((o): o is string => !!o)),
    notes,
  };
}
