import { Weapon } from '@raseed/contracts';
import { ArticleMention } from './article-mention';
import { groupMentions, groupMentionsInSteps } from './cluster-mentions';
import { ComponentMemo } from './component-memo';
import { isoDay } from './date-window';
import { P, am, d, ev, shuffled } from '../../test/test-mentions';

const run = (mentions: readonly ArticleMention[], memo: ComponentMemo) => {
  const steps = groupMentionsInSteps(mentions, memo);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};
const keys = (groups: ArticleMention[][]) => groups.map((g) => g.map((m) => `${m.articleId}#${m.mention.index}`).join(' '));

describe('component memo (clustering a growing set again)', () => {
  // A set grows round after round, as in the widening of incident summaries: with the memo, the
  // groups are those of clustering the whole set afresh, and untouched components are reused.
  it('gives the groups of clustering afresh, reusing the components the growth left alone', () => {
    let seed = 11;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const places = [P.tanf, P.tower22, P.shaddadi, P.shaddadiBase, P.ainAlAsad, null];
    const weapons: Weapon[] = ['drone', 'rocket', 'unknown'];
    const sentences = ['هجوم بطائرة مسيرة على قاعدة التنف', 'قصف صاروخي على قاعدة', 'استهداف رتل', 'هجوم بطائرة مسيرة'];
    let n = 0;
    const report = (): ArticleMention => {
      const id = `a${n++}`;
      const day = isoDay(19_800 + rand(90));
      const m = am(id, rand(10) ? `${day}T10:00:00Z` : null, {
        category: rand(4) ? 'attack_on_us_forces' : 'strike_on_militias',
        date: rand(8) ? d(day) : null,
        place: places[rand(places.length)],
        weapon: weapons[rand(weapons.length)],
        killed: rand(3) ? null : rand(3),
        evidence: ev(sentences[rand(sentences.length)]),
      });
      return rand(8) ? m : { ...m, duplicateOf: `a${rand(Math.max(1, n - 1))}` };
    };
    let reused = 0;
    for (let trial = 0; trial < 4; trial++) {
      const memo = new ComponentMemo();
      let set = Array.from({ length: 120 }, report);
      for (let round = 0; round < 4; round++) {
        // Copies of reports already in the set too: they change the units of a component.
        const added = [
          ...Array.from({ length: 5 }, report),
          ...shuffled(set, round)
            .slice(0, 2)
            .map((m) => ({ ...m, articleId: `${m.articleId}c${round}` })),
        ];
        set = shuffled([...set, ...added], trial * 10 + round);
        const before = memo.hits;
        expect(keys(run(set, memo))).toEqual(keys(groupMentions(set)));
        if (round > 0) reused += memo.hits - before;
      }
    }
    expect(reused).toBeGreaterThan(10);
  });
});
