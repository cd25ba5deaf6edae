import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import * as readline from 'readline';

const WORKSPACE = path.resolve(__dirname, '../../../..');

export interface BrokerProcess {
  child: ChildProcess;
  port: number;
  brokers: string;
  exited: Promise<number | null>;
}

/** Starts the broker CLI (apps/broker) as a child process and waits for its ready line. */
export async function spawnBroker(dataDir: string, extraArgs: string[] = []): Promise<BrokerProcess> {
  const child = spawn(process.execPath, ['-r', './tools/register.js', 'apps/broker/src/main.ts', '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', (line) => {
      const m = /^kafka-broker ready host=127\.0\.0\.1 port=(\d+) data-dir=(.+)$/.exec(line);
      if (m) resolve(Number(m[1]));
      else reject(new Error(`unexpected ready line: ${line}`));
    });
    void exited.then((code) => reject(new Error(`broker exited with ${code} before ready: ${stderr}`)));
  });
  return { child, port, brokers: `127.0.0.1:${port}`, exited };
}
