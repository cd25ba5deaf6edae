import { Inject, Injectable, Logger } from '@nestjs/common';
import { normaliseArticle } from '@raseed/article-normalisation';
import { ArticleFetchedV1, TOPICS, newEventId } from '@raseed/contracts';
import { PipelineProducer } from '@raseed/kafka';
import { NORMALISER_CONFIG, NormaliserConfig } from '../config/env.schema';
import { NearDuplicatesService } from './near-duplicates.service';

/** Fetched bytes → main text, metadata and fingerprint; refused input goes out with its reason. */
@Injectable()
export class ArticleNormalisingService {
  private readonly log = new Logger(ArticleNormalisingService.name);

  constructor(
    @Inject(NORMALISER_CONFIG) private readonly config: NormaliserConfig,
    private readonly producer: PipelineProducer,
    private readonly duplicates: NearDuplicatesService,
  ) {}

  async normalise(event: ArticleFetchedV1): Promise<void> {
    const result = normaliseArticle(
      {
        body: Buffer.from(event.bodyBase64, 'base64'),
        contentType: event.contentType,
        declaredCharset: event.declaredCharset,
        url: event.url,
        fileName: event.fileName,
        hints: event.hints,
      },
      { maxBytes: this.config.MAX_BODY_BYTES },
    );
    if (!result.ok) {
      await this.producer.emit(TOPICS.ARTICLES_REJECTED_V1, event.articleId, {
        schema: 'articles.rejected.v1',
        eventId: newEventId(),
        articleId: event.articleId,
        reason: result.reason,
        detail: result.detail,
        url: event.url,
        fileName: event.fileName,
        rejectedAt: new Date().toISOString(),
      });
      this.log.warn(`rejected ${event.articleId}: ${result.reason} (${result.detail})`);
      return;
    }
    const { article } = result;
    const duplicateOf = await this.duplicates.register(event.articleId, article.fingerprint);
    await this.producer.emit(TOPICS.ARTICLES_NORMALISED_V1, event.articleId, {
      schema: 'articles.normalised.v1',
      eventId: newEventId(),
      articleId: event.articleId,
      contentHash: event.contentHash,
      url: event.url,
      canonicalUrl: article.canonicalUrl,
      outlet: article.outlet,
      title: article.title,
      author: article.author,
      publishedAt: article.publishedAt,
      lang: article.lang,
      text: article.text,
      removed: article.removed,
      duplicateOf,
      fingerprint: article.fingerprint,
      normalisedAt: new Date().toISOString(),
    });
    this.log.log(`normalised ${event.articleId}: ${article.paragraphs.length} paragraph(s), ${article.removed.length} boilerplate line(s) removed${duplicateOf ? `, near-duplicate of ${duplicateOf}` : ''}`);
  }
}
