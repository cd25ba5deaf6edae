import { DynamicModule, Global, Module } from '@nestjs/common';
import { readFileSync } from 'fs';

/** Path of the launcher's status file (DATA_DIR/stack-status.json), when running under `npm start`. */
export const STACK_STATUS_FILE = 'STACK_STATUS_FILE';

export interface StackChildStatus {
  name: string;
  pid: number | null;
  up: boolean;
  restarts: number;
  healthUrl?: string;
}

/** Lets /health (HealthController) report what the launcher sees down; absent outside `npm start`. */
@Global()
@Module({})
export class StackStatusModule {
  static forRoot(file: string | undefined): DynamicModule {
    return { module: StackStatusModule, providers: [{ provide: STACK_STATUS_FILE, useValue: file ?? null }], exports: [STACK_STATUS_FILE] };
  }
}

/** The launcher's children as it last wrote them; throws when the file cannot be read. */
export function readStackStatus(file: string): StackChildStatus[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { children: StackChildStatus[] }).children;
}
