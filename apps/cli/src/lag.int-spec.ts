import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { writeStackFile } from '@raseed/config';
import { TOPICS } from '@raseed/contracts';
import { createKafka } from '@raseed/kafka';
import { produceRaw, startTestBroker, TestBroker } from '@raseed/kafka/testing';

const ROOT = resolve(__dirname, '..', '..', '..');
const run = promisify(execFile);
const lagCli = (args: string[], env: NodeJS.ProcessEnv) =>
  run(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(ROOT, 'apps', 'cli', 'src', 'lag.ts'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });

describe('npm run -s lag (a group held back on the embedded broker)', () => {
  let broker: TestBroker;
  let dataDir: string;

  beforeAll(async () => {
    broker = await startTestBroker();
    dataDir = mkdtempSync(join(tmpdir(), 'raseed-lag-cli-'));
    await produceRaw(
      broker.brokers,
      TOPICS.INCIDENTS_EXTRACTED_V1,
      Array.from({ length: 5 }, (_, i) => ({ key: `a${i}`, value: '{}' })),
    );
    const admin = createKafka({ brokers: [broker.brokers], clientId: 'lag-cli-test' }).admin();
    await admin.connect();
    await admin.setOffsets({ groupId: 'indexer', topic: TOPICS.INCIDENTS_EXTRACTED_V1, partitions: [{ partition: 0, offset: '2' }] });
    await admin.disconnect();
  }, 30_000);

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await broker?.stop();
  });

  it('finds the running stack through DATA_DIR with no other configuration, and prints JSON', async () => {
    writeStackFile(dataDir, { pid: process.pid, startedAt: new Date().toISOString(), kafkaBrokers: broker.brokers, databaseUrl: 'postgres://x', apiUrl: 'http://x', opensearchUrl: null });
    const { stdout } = await lagCli(['--json', '--samples', '1'], { DATA_DIR: dataDir });
    const report = JSON.parse(stdout) as { groups: Array<{ group: string; status: string; lag: number; partitions: Array<{ committedOffset: number; logEndOffset: number; lag: number }> }> };
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]).toMatchObject({ group: 'indexer', status: 'stalled', lag: 3, partitions: [{ committedOffset: 2, logEndOffset: 5, lag: 3 }] });
  }, 30_000);

  it('uses KAFKA_BROKERS when set and prints a table', async () => {
    const { stdout } = await lagCli(['--samples', '2', '--interval-ms', '100'], { KAFKA_BROKERS: broker.brokers, DATA_DIR: join(dataDir, 'none') });
    expect(stdout).toMatch(/^GROUP \/ TOPIC\[PARTITION\]/);
    expect(stdout).toMatch(/indexer \(Empty, 0 members\)\s+stalled\s+3/);
    expect(stdout).toMatch(/incidents\.extracted\.v1\[0\]\s+stalled\s+2\s+5\s+3/);
  }, 30_000);

  it('refuses an unknown option or a bad value in one line (exit 2), and prints --help with no stack needed', async () => {
    const noStack = { DATA_DIR: join(dataDir, 'none') };
    await expect(lagCli(['--sample', '5'], noStack)).rejects.toMatchObject({ code: 2, stdout: '', stderr: 'lag: unknown option --sample (see --help)\n' });
    await expect(lagCli(['--samples', 'abc'], noStack)).rejects.toMatchObject({ code: 2, stderr: "lag: --samples must be a whole number (got 'abc') (see --help)\n" });
    expect((await lagCli(['--help'], noStack)).stdout).toMatch(/^usage: npm run -s lag -- /);
  }, 30_000);

  it('says how to start a stack when there is none', async () => {
    await expect(lagCli([], { DATA_DIR: join(dataDir, 'none') })).rejects.toMatchObject({ code: 3, stderr: expect.stringContaining('no running stack') });
  }, 30_000);
});
