import { Writer } from '../protocol/primitives';
import { ApiHandler } from '../server/broker-context';

/** OffsetFetch v3: every requested partition gets a row (-1 when nothing is committed); null topics = all. */
export const handleOffsetFetch: ApiHandler = (ctx, _header, r) => {
  const groupId = r.string();
  const requested = r.nullableArray((tr) => ({ name: tr.string(), partitions: tr.array((pr) => pr.int32()) }));
  let topics: { name: string; partitions: number[] }[];
  if (requested === null) {
    topics = [...ctx.offsets.all(groupId)].map(([name, parts]) => ({ name, partitions: [...parts.keys()].sort((a, b) => a - b) }));
  } else topics = requested;
  const w = new Writer();
  w.int32(0);
  w.array(topics, (tw, t) => {
    tw.string(t.name);
    tw.array(t.partitions, (pw, p) => {
      const c = ctx.offsets.get(groupId, t.name, p);
      pw.int32(p)
        .int64(c ? c.offset : -1)
        .nullableString(c ? c.metadata : '')
        .int16(0);
    });
  });
  w.int16(0);
  return w;
};
