import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { BadRequestException } from '@nestjs/common';
import { atomFeed, ExportIncident, FeedLang } from '@raseed/incident-export';
import { SEARCH_PORT } from '@raseed/platform';
import { allIncidents, RawParams, SearchPort } from '@raseed/search';
import { IncidentQueryDocs } from './incidents.controller';
import { filterParams, HttpRequest, parseFilters, requestOrigin } from './incident-filters';

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
  @ApiQuery({ name: 'lang', required: false, enum: ['ar', 'en'] })
  @IncidentQueryDocs()
  async feed(@Query() raw: RawParams, @Req() req: HttpRequest, @Res() res: HttpResponse): Promise<void> {
    const { query, own } = parseFilters(raw, ['lang']);
    const lang = (own.lang ?? 'ar') as FeedLang;
    if (lang !== 'ar' && lang !== 'en') throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: ['lang: must be ar or en'] });
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
