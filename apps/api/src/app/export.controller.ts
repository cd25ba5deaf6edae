import { Controller, Get, Inject, Logger, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EXPORT_FORMATS, ExportFormat, exportChunks } from '@raseed/incident-export';
import { SEARCH_PORT } from '@raseed/platform';
import { allIncidents, incidentQueryParams, RawParams, SearchPort } from '@raseed/search';
import { Readable, pipeline } from 'stream';
import { z } from 'zod';
import { parseFilters } from './incident-filters';
import { ApiQueryFrom, badRequestBody, openApiSchema } from './openapi';

const FORMATS = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The export's own parameter, beside the search filters. */
export const exportParams = z.object({
  format: z.enum(FORMATS, { errorMap: () => ({ message: `must be one of ${FORMATS.join(', ')}` }) }).describe('csv (UTF-8 with BOM) | geojson | jsonl'),
});

// The Express response members used here (no @types/express in the workspace).
interface HttpResponse extends NodeJS.WritableStream {
  setHeader(name: string, value: string): void;
  destroy(err?: Error): void;
  headersSent: boolean;
}

/**
 * GET /api/incidents/export: every incident of a search, streamed as CSV, GeoJSON or JSON lines.
 * Pages are read by keyset only as fast as the client takes the bytes, so memory stays flat
 * however large the export.
 */
@ApiTags('incidents')
@Controller('api/incidents')
export class ExportController {
  private readonly log = new Logger(ExportController.name);

  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get('export')
  @ApiOperation({ summary: 'Every incident of a search (all pages), streamed: CSV (UTF-8 with BOM), GeoJSON or JSON lines' })
  @ApiProduces(...Object.values(EXPORT_FORMATS).map((f) => f.contentType.split(';')[0]))
  @ApiQueryFrom(exportParams, incidentQueryParams)
  @ApiOkResponse({ description: 'the file, streamed', schema: { type: 'string' } })
  @ApiBadRequestResponse({ description: 'a parameter is invalid, repeated or unknown', schema: openApiSchema(badRequestBody) })
  export(@Query() raw: RawParams, @Res() res: HttpResponse): void {
    const { query, own } = parseFilters(raw, exportParams);
    const format = own.format;
    const { contentType, extension } = EXPORT_FORMATS[format];
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="raseed-incidents-${new Date().toISOString().slice(0, 10)}.${extension}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const body = Readable.from(exportChunks(allIncidents(this.search, query), format), { objectMode: false, highWaterMark: 64 * 1024 });
    // A client that goes away ends the stream, and with it the paging; a failure midway cuts the
    // download short (the status is sent already), so an incomplete file never looks complete.
    pipeline(body, res, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        this.log.error(`export (${format}) failed after the response started: ${err.message}`);
        res.destroy(err);
      }
    });
  }
}
