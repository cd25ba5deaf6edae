import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SEARCH_PORT } from '@raseed/platform';
import { parseArticleQuery, SearchPort } from '@raseed/search';
import { orBadRequest } from './query-params';

@ApiTags('articles')
@Controller('api/articles')
export class ArticlesController {
  constructor(@Inject(SEARCH_PORT) private readonly search: SearchPort) {}

  @Get()
  @ApiOperation({ summary: 'Full-text search over source articles' })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'size', required: false })
  search_(@Query() raw: Record<string, string | string[]>) {
    return this.search.searchArticles(orBadRequest(parseArticleQuery(raw)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source article with its full text (evidence offsets index it)' })
  async get(@Param('id') id: string) {
    if (!/^[\w.:-]{1,200}$/.test(id)) throw new NotFoundException(`no article ${JSON.stringify(id)}`);
    const article = await this.search.getArticle(id);
    if (!article) throw new NotFoundException(`no article ${id}`);
    return article;
  }
}
