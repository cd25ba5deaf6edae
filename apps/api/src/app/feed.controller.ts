import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { atomFeed, ExportIncident } from '@raseed/incident-export';
import { SEARCH_PORT } from '@raseed/platform';
import { allIncidents, incidentQueryParams, RawParams, SearchPort } from '@raseed/search';
import { z } from 'zod';
import { filterParams, HttpRequest, parseFilters, requestOrigin } from './incident-filters';
import { ApiQueryFrom, badRequestBody, openApiSchema } from './openapi';

/** The feed's own parameter, beside the search filters (whose size is the number of entries here; page does not apply). */
export const feedParams = z.object({
  lang: z
    .enum(['ar', 'en'], { errorMap: () => ({ message: 'must be ar or en' }) })
    .default('ar')
    .describe('language of the entries: ar | en'),
});

interface HttpResponse {
  type(type: string): HttpResponse;
  setHeader(name: string, value: string): void;
  send(body: string): void;
}

export const FEED_SIZE = 50;
const MAX_FEED_SIZE = 100;

/**
 * GET /api/incidents/feed: an Atom feed per search, the newest incidents first (as the list
 * shows them), so any feed reader can follow a query. Express answers a conditional GET whose
 * ETag still matches with 304.
 */
@ApiTags('incidents')
@Controller('api/incidents')
export class FeedController {
  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get('feed')
  @ApiOperation({ summary: 'Atom 1.0 feed of a search: newest incidents first, an entry per incident, updated when a new source joins it' })
  @ApiProduces('application/atom+xml')
  @ApiQueryFrom(feedParams, incidentQueryParams)
  @ApiOkResponse({ description: 'an Atom 1.0 feed', schema: { type: 'string' } })
  @ApiBadRequestResponse({ description: 'a parameter is invalid, repeated or unknown', schema: openApiSchema(badRequestBody) })
  async feed(@Query() raw: RawParams, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const { query, own } = parseFilters(raw, feedParams);
    const lang = own.lang;
    // size is the number of entries (default FEED_SIZE); the search's page does not apply.
    const size = raw.size === undefined ? FEED_SIZE : Math.min(query.size, MAX_FEED_SIZE);
    const incidents: ExportIncident[] = [];
    for await (const page of allIncidents(this.search, query, size)) {
      incidents.push(...page.slice(0, size - incidents.length));
      if (incidents.length >= size) break;
    }
    const origin = requestOrigin(req);
    const filters = filterParams(query);
    const search = filters.toString();
    const pageParams = new URLSearchParams(filters);
    if (lang === 'en') pageParams.set('lang', 'en');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('application/atom+xml; charset=utf-8').send(
      atomFeed({
        incidents,
        lang,
        queryKey: search,
        description: [...filters].map(([k, v]) => `${k}=${v}`).join(' · '),
        selfUrl: `${origin}${req.originalUrl}`,
        pageUrl: `${origin}/${pageParams.size ? `?${pageParams}` : ''}`,
        incidentPageUrl: (id) => `${origin}/?${new URLSearchParams({ ...(lang === 'en' ? { lang } : {}), incident: id })}`,
        incidentApiUrl: (id) => `${origin}/api/incidents/${encodeURIComponent(id)}`,
      }),
    );
  }
}
