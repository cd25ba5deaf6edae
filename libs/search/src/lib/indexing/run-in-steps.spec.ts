import { runInSteps } from './run-in-steps';

function* busySteps(steps: number, msEach: number): Generator<void, number, void> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until);
    yield;
  }
  return steps;
}

describe('runInSteps', () => {
  it('lets a timer due meanwhile fire before the work is done (what keeps a consumer heartbeating)', async () => {
    let fired = false;
    setTimeout(() => (fired = true), 0);
    await expect(runInSteps(busySteps(6, 5), 1)).resolves.toBe(6);
    expect(fired).toBe(true);
  });

  it('gives no turn while the work stays under the budget', async () => {
    let fired = false;
    const timer = setTimeout(() => (fired = true), 0);
    await expect(runInSteps(busySteps(3, 0), 10_000)).resolves.toBe(3);
    expect(fired).toBe(false);
    clearTimeout(timer);
  });
});
