import { decideRestart, RestartPolicy } from './restart-policy';

const policy: RestartPolicy = { initialDelayMs: 100, maxDelayMs: 1000, maxCrashes: 3, windowMs: 10_000 };

describe('decideRestart', () => {
  it('restarts a first crash after the initial delay', () => {
    expect(decideRestart([5_000], 5_000, policy)).toEqual({ restart: true, delayMs: 100, recentCrashes: 1 });
  });

  it('doubles the delay with each crash inside the window, up to the cap', () => {
    expect(decideRestart([1, 2], 2, policy)).toMatchObject({ delayMs: 200 });
    expect(decideRestart([1, 2, 3], 3, policy)).toMatchObject({ delayMs: 400 });
    expect(decideRestart([1, 2, 3], 3, { ...policy, maxDelayMs: 300 })).toMatchObject({ delayMs: 300 });
  });

  it('forgets crashes older than the window', () => {
    expect(decideRestart([0, 1, 2, 50_000], 50_000, policy)).toEqual({ restart: true, delayMs: 100, recentCrashes: 1 });
  });

  it('gives up on a crash loop', () => {
    expect(decideRestart([1, 2, 3, 4], 4, policy)).toEqual({ restart: false, recentCrashes: 4 });
  });
});
