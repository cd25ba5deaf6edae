import { findFreePort } from './free-port';

describe('findFreePort', () => {
  it('is a port nothing listens on', async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
  });

  it('skips a port promised to another process (the API port, bound later)', async () => {
    const offers = [4100, 4100, 4101];
    await expect(findFreePort([4100], async () => offers.shift()!)).resolves.toBe(4101);
  });

  it('gives up with a clear error when the OS keeps offering only avoided ports', async () => {
    await expect(findFreePort([4100], async () => 4100)).rejects.toThrow('no free port other than 4100');
  });
});
