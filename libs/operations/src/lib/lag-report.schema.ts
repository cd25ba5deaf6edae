import { z } from 'zod';
import type { LagReport } from './lag-model';

// GET /api/lag as a zod schema, for the OpenAPI document; the type check below fails the build if it drifts from LagReport.
const rate = z.number().nullable();
const status = z.enum(['OK', 'lagging', 'stalled']);

const partitionLag = z.object({
  topic: z.string(),
  partition: z.number().int(),
  committedOffset: z.number().int().nullable().describe('next offset the group reads; null: never committed'),
  logStartOffset: z.number().int(),
  logEndOffset: z.number().int(),
  lag: z.number().int(),
  lagSeconds: z.number().nullable().describe('age of the oldest unconsumed message'),
  lagSecondsSource: z.enum(['timestamp', 'estimate']).nullable(),
  consumptionRate: rate.describe('committed offsets per second over the window'),
  productionRate: rate.describe('log-end advance per second over the window'),
  timeToDrainSeconds: z.number().nullable().describe('null: not shrinking'),
  status,
  reason: z.string(),
});

export const lagReportSchema = z.object({
  at: z.string(),
  windowSeconds: z.number(),
  samples: z.number().int(),
  groups: z.array(
    z.object({
      group: z.string(),
      state: z.string().describe("the broker's group state: Stable, Empty, …"),
      members: z.number().int(),
      status,
      reason: z.string(),
      lag: z.number().int(),
      maxLag: z.number().int(),
      maxLagSeconds: z.number().nullable(),
      consumptionRate: rate,
      productionRate: rate,
      timeToDrainSeconds: z.number().nullable(),
      partitions: z.array(partitionLag),
    }),
  ),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof lagReportSchema>, LagReport> = true;
void sameShape;
