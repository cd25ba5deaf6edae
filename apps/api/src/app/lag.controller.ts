import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { LagReport } from '@raseed/operations';
import { LagMonitor } from './lag-monitor.service';

@ApiTags('operations')
@Controller('api/lag')
export class LagController {
  constructor(private readonly monitor: LagMonitor) {}

  @Get()
  @ApiOperation({ summary: 'Consumer-group lag per group, topic and partition, with a status over the sliding window' })
  @ApiQuery({ name: 'refresh', required: false, description: 'true: read offsets now instead of returning the last poll' })
  lag(@Query('refresh') refresh?: string): Promise<LagReport> {
    return this.monitor.report(refresh === 'true' || refresh === '1');
  }
}
