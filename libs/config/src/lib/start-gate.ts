import type { ChildProcess } from 'child_process';

/**
 * Set by the launcher on a service it spawns before PostgreSQL and the broker are up: loading a
 * service's modules is most of its start-up CPU, so it does that while they start, then waits
 * for the launcher's go, which carries the addresses that were not known yet (and comes only
 * once migrations ran and topics exist, as before).
 */
export const AWAIT_START_ENV = 'RASEED_AWAIT_START';

interface StartMessage {
  type: 'raseed:start';
  env: Record<string, string>;
}

const isStartMessage = (m: unknown): m is StartMessage => typeof m === 'object' && m !== null && (m as StartMessage).type === 'raseed:start';

/**
 * Resolves at once unless spawned gated (AWAIT_START_ENV and an IPC channel); then when the
 * launcher's go arrives, with its variables in process.env. A launcher that dies first closes
 * the channel: nothing has started, so the process just exits.
 */
export function awaitLauncherStart(): Promise<void> {
  if (process.env[AWAIT_START_ENV] !== '1' || !process.send) return Promise.resolve();
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (!isStartMessage(m)) return;
      process.off('message', onMessage);
      process.off('disconnect', onDisconnect);
      Object.assign(process.env, m.env);
      delete process.env[AWAIT_START_ENV];
      resolve();
    };
    const onDisconnect = () => process.exit(1);
    process.on('message', onMessage);
    process.once('disconnect', onDisconnect);
  });
}

/** Launcher side: the go for a gated child; false when it can no longer receive it (exited, channel closed). */
export function sendStart(child: ChildProcess, env: Record<string, string>): boolean {
  if (child.exitCode !== null || child.signalCode !== null || !child.connected) return false;
  try {
    return child.send({ type: 'raseed:start', env } satisfies StartMessage);
  } catch {
    return false;
  }
}
