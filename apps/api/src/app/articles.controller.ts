import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SEARCH_PORT } from '@raseed/platform';
import { articleDocumentSchema, articleQueryParams, articleSearchResultSchema, parseArticleQuery, SearchPort } from '@raseed/search';
import { z } from 'zod';
import { ApiJson, ApiParamFrom, ApiQueryFrom } from './openapi';
import { orBadRequest } from './query-params';

/** An article id as the pipeline writes them (the inbox file name, the JSON id or a URL hash). */
export const articleId = z
  .string()
  .regex(/^[\w.:-]{1,200}$/)
  .describe('article id');

@ApiTags('articles')
@Controller('api/articles')
export class ArticlesController {
  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get()
  @ApiOperation({ summary: 'Full-text search over source articles' })
  @ApiQueryFrom(articleQueryParams)
  @ApiJson(articleSearchResultSchema, { validatesQuery: true })
  search_(@Query() raw: Record<string, string | string[]>) {
    return this.search.searchArticles(orBadRequest(parseArticleQuery(raw)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source article with its full text (evidence offsets index it)' })
  @ApiParamFrom('id', articleId)
  @ApiJson(articleDocumentSchema, { notFound: true })
  async get(@Param('id') id: string) {
    if (!articleId.safeParse(id).success) throw new NotFoundException(`no article ${JSON.stringify(id)}`);
    const article = await this.search.getArticle(id);
    if (!article) throw new NotFoundException(`no article ${id}`);
    return article;
  }
}
