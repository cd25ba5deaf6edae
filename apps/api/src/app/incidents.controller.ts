import { applyDecorators, Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SEARCH_PORT } from '@raseed/platform';
import { parseIncidentQuery, SearchPort } from '@raseed/search';
import { orBadRequest } from './query-params';

const QUERY_DOCS: Array<[string, string]> = [
  ['q', 'Arabic (or English) full-text query, normalised like the index'],
  ['from', 'earliest incident date, YYYY-MM-DD'],
  ['to', 'latest incident date, YYYY-MM-DD'],
  ['category', 'attack_on_us_forces | strike_on_militias (comma-separated)'],
  ['actor', 'actor code(s), comma-separated'],
  ['weapon', 'weapon code(s), comma-separated'],
  ['place', 'place name (Arabic or English) or gazetteer id'],
  ['near', 'lat,lon,km'],
  ['bbox', 'minLon,minLat,maxLon,maxLat: incidents whose place lies in this box (the area drawn on the map)'],
  ['minKilled', 'at least this many killed'],
  ['sort', 'date | relevance'],
  ['page', 'page number, from 1'],
  ['size', 'page size, 1-100'],
];

export const IncidentQueryDocs = () => applyDecorators(...QUERY_DOCS.map(([name, description]) => ApiQuery({ name, required: false, description })));

@ApiTags('incidents')
@Controller('api/incidents')
export class IncidentsController {
  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get()
  @ApiOperation({ summary: 'Search canonical incidents with facets' })
  @ApiOkResponse({ description: '{ total, items, facets }' })
  @IncidentQueryDocs()
  search_(@Query() raw: Record<string, string | string[]>) {
    return this.search.searchIncidents(orBadRequest(parseIncidentQuery(raw)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One incident with its sources, evidence and conflicting values' })
  async get(@Param('id') id: string) {
    if (!/^[\w.:-]{1,100}$/.test(id)) throw new NotFoundException(`no incident ${JSON.stringify(id)}`);
    const incident = await this.search.getIncident(id);
    if (!incident) throw new NotFoundException(`no incident ${id}`);
    return incident;
  }
}

