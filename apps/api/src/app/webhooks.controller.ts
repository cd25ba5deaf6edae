import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { subscriptionStatusSchema } from '@raseed/webhooks';
import { z } from 'zod';
import { ApiJson } from './openapi';
import { WebhooksService } from './webhooks.service';

/** A webhook URL without what may be a credential (user info, query string). */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

@ApiTags('webhooks')
@Controller('api/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: 'Configured webhooks (WEBHOOKS_FILE) with their delivery counts and last error' })
  @ApiJson(z.array(subscriptionStatusSchema))
  async list() {
    return (await this.webhooks.status()).map((s) => ({ ...s, url: shownUrl(s.url) }));
  }
}
