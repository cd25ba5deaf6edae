// Markers that would overlap on screen are drawn as one cluster (incidents at one base share
// coordinates exactly): greedy, in screen pixels, so clusters split as the map zooms in.

export interface MapPoint {
  id: string;
  x: number;
  y: number;
  /** Killed + injured (0 when not stated): the marker's size. */
  casualties: number;
  category: string;
}

export interface Cluster {
  /** The first member's id when alone; a stable key otherwise. */
  key: string;
  x: number;
  y: number;
  members: MapPoint[];
}

/**
 * Points within `radius` pixels of a cluster's first point join it; the heaviest incidents seed
 * clusters first, so a big marker is not swallowed by a small one's cluster. A cluster sits at
 * its members' mean position.
 */
export function clusterPoints(points: readonly MapPoint[], radius: number): Cluster[] {
  const seeds = [...points].sort((a, b) => b.casualties - a.casualties || (a.id < b.id ? -1 : 1));
  const clusters: { seed: MapPoint; members: MapPoint[] }[] = [];
  const r2 = radius * radius;
  for (const p of seeds) {
    const near = clusters.find((c) => (c.seed.x - p.x) ** 2 + (c.seed.y - p.y) ** 2 <= r2);
    if (near) near.members.push(p);
    else clusters.push({ seed: p, members: [p] });
  }
  const made = clusters.map(({ seed, members }) => ({
    key: members.length === 1 ? seed.id : `c:${seed.id}`,
    x: members.reduce((t, m) => t + m.x, 0) / members.length,
    y: members.reduce((t, m) => t + m.y, 0) / members.length,
    members,
  }));
  // Clusters whose circles came out overlapping (or closer than the radius) are merged (the
  // earlier, heavier one keeps its key), until none do.
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < made.length && !merged; i++) {
      for (let j = i + 1; j < made.length; j++) {
        const a = made[i];
        const b = made[j];
        const apart = Math.max(radius, drawnRadius(a) + drawnRadius(b));
        if ((a.x - b.x) ** 2 + (a.y - b.y) ** 2 > apart * apart) continue;
        const members = [...a.members, ...b.members];
        made[i] = { key: a.key.startsWith('c:') ? a.key : `c:${a.key}`, x: members.reduce((t, m) => t + m.x, 0) / members.length, y: members.reduce((t, m) => t + m.y, 0) / members.length, members };
        made.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return made;
}

/** Marker radius in pixels: grows with the square root of casualties, within bounds. */
export function markerRadius(casualties: number): number {
  return Math.min(18, 6 + 2.2 * Math.sqrt(Math.max(0, casualties)));
}

/** Cluster radius in pixels: grows with the number of incidents. */
export function clusterRadius(count: number): number {
  return Math.min(26, 11 + 3 * Math.log2(Math.max(1, count)));
}

const drawnRadius = (c: Cluster) => (c.members.length > 1 ? clusterRadius(c.members.length) : markerRadius(c.members[0].casualties));
