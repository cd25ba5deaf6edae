import { removeDir, tempDir } from '../../../test/support/broker-fixture';
import { GroupCoordinator, JoinRequest, JoinResult, ParkContext } from './group-coordinator';
import { OffsetStore } from './offset-store';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const ctx: ParkContext = { onClose: () => () => undefined };

function joinReq(over: Partial<JoinRequest> = {}): JoinRequest {
  return {
    groupId: 'g',
    sessionTimeoutMs: 1000,
    rebalanceTimeoutMs: 5000,
    memberId: '',
    protocolType: 'consumer',
    protocols: [{ name: 'RoundRobin', metadata: Buffer.from('meta') }],
    clientId: 'c',
    clientHost: '/127.0.0.1',
    ...over,
  };
}

describe('GroupCoordinator', () => {
  let dir: string;
  let offsets: OffsetStore;
  let gc: GroupCoordinator;

  beforeEach(() => {
    dir = tempDir();
    offsets = new OffsetStore(dir, false, silent);
    gc = new GroupCoordinator(offsets, { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000 });
  });
  afterEach(() => {
    gc.close();
    offsets.close();
    removeDir(dir);
  });

  async function stableWith(n: number): Promise<JoinResult[]> {
    const first = await gc.join(joinReq(), ctx);
    await gc.sync('g', first.generationId, first.memberId, [{ memberId: first.memberId, assignment: Buffer.from('a0') }], ctx);
    if (n === 1) return [first];
    // A second member triggers a rebalance; the first rejoins with its id.
    const second = gc.join(joinReq({ clientId: 'd', protocols: [{ name: 'RoundRobin', metadata: Buffer.from('meta-d') }] }), ctx);
    expect(gc.heartbeat('g', first.generationId, first.memberId)).toBe(27);
    const rejoin = gc.join(joinReq({ memberId: first.memberId }), ctx);
    return Promise.all([rejoin, second]);
  }

  it('elects a leader, gives only the leader the member list with exact metadata, and bumps generations', async () => {
    const [a, b] = await stableWith(2);
    expect(a.errorCode).toBe(0);
    expect(a.generationId).toBe(2);
    expect(b.generationId).toBe(2);
    expect(a.leaderId).toBe(a.memberId);
    expect(a.members.map((m) => m.metadata.toString()).sort()).toEqual(['meta', 'meta-d']);
    expect(b.members).toEqual([]);
    expect(a.protocolName).toBe('RoundRobin');
  });

  it('parks follower syncs until the leader assigns; unassigned members get empty bytes', async () => {
    const [a, b] = await stableWith(2);
    const followerSync = gc.sync('g', b.generationId, b.memberId, [], ctx);
    let settled = false;
    void followerSync.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    const leaderSync = await gc.sync('g', a.generationId, a.memberId, [{ memberId: a.memberId, assignment: Buffer.from('x') }], ctx);
    expect(leaderSync).toEqual({ errorCode: 0, assignment: Buffer.from('x') });
    expect(await followerSync).toEqual({ errorCode: 0, assignment: Buffer.alloc(0) });
    expect(gc.describe('g').state).toBe('Stable');
  });

  it('validates heartbeats, commits and sessions', async () => {
    const [a] = await stableWith(1);
    expect(gc.heartbeat('g', a.generationId, a.memberId)).toBe(0);
    expect(gc.heartbeat('g', a.generationId + 1, a.memberId)).toBe(22);
    expect(gc.heartbeat('g', a.generationId, 'nobody')).toBe(25);
    expect(gc.validateCommit('g', a.generationId, a.memberId)).toBe(0);
    expect(gc.validateCommit('g', -1, '')).toBe(25); // simple commits only for empty groups
    expect(gc.validateCommit('other', -1, '')).toBe(0);
    // Commits with the current generation are accepted while a rebalance is being prepared.
    const joiner = gc.join(joinReq(), ctx);
    expect(gc.validateCommit('g', a.generationId, a.memberId)).toBe(0);
    // Only the silent member expires; the parked joiner is exempt and completes the rebalance alone.
    gc.expireSessions(Date.now() + 1500);
    const j = await joiner;
    expect(j.errorCode).toBe(0);
    expect(j.members.map((m) => m.memberId)).toEqual([j.memberId]);
  });

  it('restores a stable group with its members and assignments after a restart', async () => {
    const [a] = await stableWith(1);
    gc.close();
    offsets.close();
    offsets = new OffsetStore(dir, false, silent);
    gc = new GroupCoordinator(offsets, { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000 });
    expect(gc.heartbeat('g', a.generationId, a.memberId)).toBe(0);
    expect(await gc.sync('g', a.generationId, a.memberId, [], ctx)).toEqual({ errorCode: 0, assignment: Buffer.from('a0') });
    expect(gc.describe('g')).toMatchObject({ state: 'Stable', protocolName: 'RoundRobin' });
    // A member that never comes back still expires.
    gc.expireSessions(Date.now() + 5000);
    expect(gc.describe('g').state).toBe('Empty');
  });

  it('with forgetMembers, restores a group Empty with its offsets: a new member joins at once, not after the dead one expires', async () => {
    const [a] = await stableWith(1);
    offsets.commit('g', [{ topic: 't', partition: 0, offset: 42, metadata: null }]);
    gc.close();
    offsets.close();
    offsets = new OffsetStore(dir, false, silent);
    gc = new GroupCoordinator(offsets, { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000, forgetMembers: true });
    expect(gc.describe('g').state).toBe('Empty');
    expect(gc.heartbeat('g', a.generationId, a.memberId)).toBe(25);
    expect(offsets.get('g', 't', 0)?.offset).toBe(42);
    const joined = await gc.join(joinReq(), ctx);
    expect(joined.errorCode).toBe(0);
    expect(joined.generationId).toBe(a.generationId + 2);
    // The forgotten members stay forgotten across a further restart without the option.
    gc.close();
    offsets.close();
    offsets = new OffsetStore(dir, false, silent);
    gc = new GroupCoordinator(offsets, { minSessionTimeoutMs: 100, maxSessionTimeoutMs: 60_000 });
    expect(gc.describe('g').members.map((m) => m.memberId)).toEqual([joined.memberId]);
  });

  it('rejects bad session timeouts and inconsistent protocols; unknown groups are Dead', async () => {
    expect((await gc.join(joinReq({ sessionTimeoutMs: 10 }), ctx)).errorCode).toBe(26);
    await stableWith(1);
    expect((await gc.join(joinReq({ protocols: [{ name: 'Other', metadata: Buffer.alloc(0) }] }), ctx)).errorCode).toBe(23);
    expect((await gc.join(joinReq({ memberId: 'ghost' }), ctx)).errorCode).toBe(25);
    expect(gc.describe('nope').state).toBe('Dead');
  });

  it('removes a member that stops heartbeating and empties the group; deletion needs an empty group', async () => {
    const [a] = await stableWith(1);
    expect(gc.deleteGroup('g')).toBe(68);
    gc.expireSessions(Date.now() + 5000);
    expect(gc.describe('g').state).toBe('Empty');
    expect(gc.heartbeat('g', a.generationId, a.memberId)).toBe(25);
    expect(gc.deleteGroup('g')).toBe(0);
    expect(gc.deleteGroup('g')).toBe(69);
  });
});
