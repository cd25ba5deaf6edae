// debug tracer (not committed)
import { readFileSync } from 'node:fs';
import { defaultGazetteer } from './libs/incident-extraction/src/lib/gazetteer/gazetteer';
import { keyTokens } from './libs/incident-extraction/src/lib/text/tokens';
import { sentencesOf } from './libs/incident-extraction/src/lib/segmentation/sentences';
import { sentenceFacts, segmentsOf, analyseSegment, articleContext } from './libs/incident-extraction/src/lib/segmentation/analyse';
import { extractIncidents } from './libs/incident-extraction/src/lib/extract-incidents';
import { segmentOf } from './libs/incident-extraction/src/lib/segmentation/segment';
import { readAct } from './libs/incident-extraction/src/lib/segmentation/acts';
import { framedAsNonEvent, isAggregate, isOtherConflict } from './libs/incident-extraction/src/lib/segmentation/vetoes';
const arg = process.argv[2];
let text: string, pub: string | null;
if (arg.endsWith('.json')) { const a = JSON.parse(readFileSync(arg, 'utf8')); text = a.text; pub = a.published_at ?? null; } else { text = arg; pub = process.argv[3] ?? '2024-03-15'; }
const gaz = defaultGazetteer();
const tokens = keyTokens(text);
const facts: any[] = [];
let i = 0;
for (const s of sentencesOf(text)) {
  let a = 0; while (a < tokens.length && tokens[a].start < s.start) a++;
  let b = a; while (b < tokens.length && tokens[b].end <= s.end) b++;
  if (b > a) facts.push(sentenceFacts(text, tokens, s, a, b, pub, gaz, i++));
}
const ctx = articleContext(facts);
let order = 0;
const only = process.argv.includes('--all');
for (const f of facts) {
  for (const [a, b] of segmentsOf(f)) {
    const seg = segmentOf(tokens, f, a, b);
    const c = analyseSegment(tokens, f, a, b, order++, gaz, ctx);
    const act = readAct(seg);
    const segText = text.slice(tokens[a].start, tokens[b - 1].end);
    if (!only && !seg.cues.length && !seg.places().length) continue;
    console.log(`#${f.index} [${a},${b}) ${segText.slice(0, 140)}`);
    console.log(`   cues=${seg.cues.map((x) => x.value + ':' + text.slice(x.start, x.end)).join(' | ')}`);
    console.log(`   actors=${seg.actors.map((x) => x.value + ':' + text.slice(x.start, x.end)).join(' | ')} weapons=${seg.weapons.map((x) => x.value).join(',')} places=${seg.places().map((p) => p.place.en).join(',')} dates=${seg.dates().map((d) => d.value + '/' + d.strength).join(',')}`);
    console.log(`   act=${JSON.stringify(act)} nonEvent=${framedAsNonEvent(seg)} aggr=${isAggregate(seg)} other=${isOtherConflict(seg)} → ${c.map((x) => `${x.category}@${x.place?.place.en ?? '-'}${x.continuation ? '(cont)' : ''}${x.recall ? '(recall)' : ''}${x.samePlace ? '(same)' : ''} d=${x.date?.value ?? '-'}`).join('; ') || 'none'}`);
  }
}
console.log('== mentions');
for (const m of extractIncidents({ text, publishedAt: pub })) console.log(`  ${m.category} ${m.date?.value} ${m.place?.name_en} ${m.weapon} ${m.actor} k=${m.killed} i=${m.injured}`);
