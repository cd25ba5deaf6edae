import { BaseRpcContext } from '@nestjs/microservices';

export interface PipelineMessageMeta {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  attempt: number;
  heartbeat: () => Promise<void>;
  /** Events in this delivery: 1, or the chunk size for `{ batch: true }` handlers. */
  count: number;
}

/** What a consumer handler may know about the message beside its validated payload. */
export class PipelineContext extends BaseRpcContext<[PipelineMessageMeta]> {
  get meta(): PipelineMessageMeta {
    return this.args[0];
  }
  /** Keep the group membership alive during long work. */
  heartbeat(): Promise<void> {
    return this.meta.heartbeat();
  }
}
