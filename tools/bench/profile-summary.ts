/**
 * Summarises a V8 .cpuprofile (as the services write under SERVICE_CPU_PROF_DIR): self time by
 * function and by package or source folder, and inclusive time of the functions that matter.
 *
 *   node -r ./tools/register.js tools/bench/profile-summary.ts <file.cpuprofile> [--top 30] [--since-ms 0] [--until-ms t] [--under fnName]
 *
 * --under: only samples with that function on the stack (what a function's inclusive time is made of).
 */
import { readFileSync } from 'fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: its npm package, or its project folder (libs/search, apps/indexer), or a V8 pseudo-frame. */
function areaOf(url: string, name: string): string {
  if (!url) return `(${name || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const proj = /(libs|apps|tools)\/([^/]+)/.exec(url);
  if (proj) return `${proj[1]}/${proj[2]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.split('/').slice(-2).join('/');
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--top n] [--since-ms t]');
  const top = Number(args[args.indexOf('--top') + 1]) || 30;
  const sinceMs = args.includes('--since-ms') ? Number(args[args.indexOf('--since-ms') + 1]) : 0;
  const untilMs = args.includes('--until-ms') ? Number(args[args.indexOf('--until-ms') + 1]) : Number.POSITIVE_INFINITY;
  const under = args.includes('--under') ? args[args.indexOf('--under') + 1] : null;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t / 1000 < sinceMs || t / 1000 > untilMs) continue;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const label = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  const selfByFn = new Map<string, number>();
  const selfByArea = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  const onStack = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.functionName === under) return true;
    return false;
  };
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    if (under !== null && !onStack(id)) continue;
    if (n.callFrame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    selfByFn.set(label(n.callFrame), (selfByFn.get(label(n.callFrame)) ?? 0) + us);
    const area = areaOf(n.callFrame.url, n.callFrame.functionName);
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + us);
    // Inclusive: each distinct frame on the stack once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!.callFrame);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + us);
    }
  }
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`${file}: busy ${ms(total)} ms, idle ${ms(idle)} ms`);
  const print = (title: string, m: Map<string, number>, n: number) => {
    console.log(`-- ${title}`);
    for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
  };
  print('self time by area', selfByArea, 25);
  print('self time by function', selfByFn, top);
  print('inclusive time', inclusive, top * 2);
}

main();
