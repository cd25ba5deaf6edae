import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SEARCH_PORT } from '@raseed/platform';
import { incidentDocumentSchema, incidentQueryParams, incidentSearchResultSchema, parseIncidentQuery, SearchPort } from '@raseed/search';
import { z } from 'zod';
import { ApiJson, ApiParamFrom, ApiQueryFrom } from './openapi';
import { orBadRequest } from './query-params';

/** An incident id as the index writes them; anything else is a 404 without a lookup. */
export const incidentId = z
  .string()
  .regex(/^[\w.:-]{1,100}$/)
  .describe('incident id (inc_…)');

@ApiTags('incidents')
@Controller('api/incidents')
export class IncidentsController {
  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get()
  @ApiOperation({ summary: 'Search canonical incidents with facets' })
  @ApiQueryFrom(incidentQueryParams)
  @ApiJson(incidentSearchResultSchema, { validatesQuery: true })
  search_(@Query() raw: Record<string, string | string[]>) {
    return this.search.searchIncidents(orBadRequest(parseIncidentQuery(raw)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One incident with its sources, evidence and conflicting values' })
  @ApiParamFrom('id', incidentId)
  @ApiJson(incidentDocumentSchema, { notFound: true })
  async get(@Param('id') id: string) {
    if (!incidentId.safeParse(id).success) throw new NotFoundException(`no incident ${JSON.stringify(id)}`);
    const incident = await this.search.getIncident(id);
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    return incident;
  }
}
