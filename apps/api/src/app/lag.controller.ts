import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { LagReport, lagReportSchema } from '@raseed/operations';
import { RawParams } from '@raseed/search';
import { z } from 'zod';
import { LagMonitor } from './lag-monitor.service';
import { ApiJson, ApiQueryFrom } from './openapi';
import { parseParams } from './query-params';

export const lagParams = z
  .object({
    refresh: z
      .enum(['true', 'false', '1', '0'], { errorMap: () => ({ message: 'must be true or false' }) })
      .optional()
      .describe('true: read offsets now instead of returning the last poll'),
  })
  .strict();

@ApiTags('operations')
@Controller('api/lag')
export class LagController {
  constructor(private readonly monitor: LagMonitor) {}

  @Get()
  @ApiOperation({ summary: 'Consumer-group lag per group, topic and partition, with a status over the sliding window' })
  @ApiQueryFrom(lagParams)
  @ApiJson(lagReportSchema, { validatesQuery: true })
  lag(@Query() raw: RawParams): Promise<LagReport> {
    const { refresh } = parseParams(lagParams, raw);
    return this.monitor.report(refresh === 'true' || refresh === '1');
  }
}
