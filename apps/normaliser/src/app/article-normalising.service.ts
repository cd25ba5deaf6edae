import { Inject, Injectable, Logger } from '@nestjs/common';
import { normaliseArticle } from '@raseed/article-normalisation';
import { withLogFields } from '@raseed/config';
import { ArticleFetchedV1, ArticleNormalisedV1, ArticleRejectedV1, TOPICS, newEventId } from '@raseed/contracts';
import { PipelineProducer } from '@raseed/kafka';
import { ArticleRejectionsRepository } from '@raseed/persistence';
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
    private readonly rejections: ArticleRejectionsRepository,
  ) {}

  /**
   * A batch in delivery order: each article is normalised in memory, the fingerprints are saved
   * in one statement, and each topic's events go out in one request (in order, so one article's
   * versions stay ordered). A redelivered batch produces the same events again (idempotent downstream).
   */
  async normaliseMany(events: ArticleFetchedV1[]): Promise<void> {
    const rejected: ArticleRejectedV1[] = [];
    const accepted: Array<{ event: ArticleFetchedV1; article: Extract<ReturnType<typeof normaliseArticle>, { ok: true }>['article'] }> = [];
    for (const event of events) {
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
      if (result.ok) {
        accepted.push({ event, article: result.article });
        continue;
      }
      rejected.push({
        schema: 'articles.rejected.v1',
        eventId: newEventId(),
        articleId: event.articleId,
        reason: result.reason,
        detail: result.detail,
        url: event.url,
        fileName: event.fileName,
        rejectedAt: new Date().toISOString(),
      });
      // The batch's log fields name the chunk; this line names its article.
      withLogFields({ articleId: event.articleId }, () => this.log.warn(`rejected ${event.articleId}: ${result.reason} (${result.detail})`));
    }
    const duplicateOf = await this.duplicates.registerMany(accepted.map(({ event, article }) => ({ articleId: event.articleId, fingerprint: article.fingerprint })));
    const normalised: ArticleNormalisedV1[] = accepted.map(({ event, article }, i) => ({
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
      duplicateOf: duplicateOf[i],
      fingerprint: article.fingerprint,
      normalisedAt: new Date().toISOString(),
    }));
    // Recorded for the per-source counts of /api/sources (before the events: a retry rewrites the rows).
    await this.rejections.recordMany(rejected.map((r) => ({ articleId: r.articleId, reason: r.reason, detail: r.detail, rejectedAt: r.rejectedAt })));
    await this.producer.emitMany(
      TOPICS.ARTICLES_REJECTED_V1,
      rejected.map((event) => ({ key: event.articleId, event })),
    );
    await this.producer.emitMany(
      TOPICS.ARTICLES_NORMALISED_V1,
      normalised.map((event) => ({ key: event.articleId, event })),
    );
    // One line per batch, at debug: per-article lines cost more than the work at full speed.
    this.log.debug(`normalised ${normalised.length} article(s), rejected ${rejected.length}, ${duplicateOf.filter(Boolean).length} near-duplicate(s)`);
  }
}
