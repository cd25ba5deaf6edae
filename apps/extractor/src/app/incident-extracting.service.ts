import { Injectable, Logger } from '@nestjs/common';
import { textWithTitle } from '@raseed/article-normalisation';
import { ArticleNormalisedV1, IncidentsExtractedV1, TOPICS, newEventId } from '@raseed/contracts';
import { EXTRACTOR_VERSION, extractIncidents } from '@raseed/incident-extraction';
import { PipelineProducer } from '@raseed/kafka';

/** Normalised article → every incident it tells, with evidence; an empty list is sent too. */
@Injectable()
export class IncidentExtractingService {
  private readonly log = new Logger(IncidentExtractingService.name);

  constructor(private readonly producer: PipelineProducer) {}

  /** A batch in delivery order, its results sent in one request (so one article's events stay ordered). */
  async extractMany(articles: ArticleNormalisedV1[]): Promise<void> {
    const out = articles.map((a) => this.extractOne(a));
    await this.producer.emitMany(
      TOPICS.INCIDENTS_EXTRACTED_V1,
      out.map((event) => ({ key: event.articleId, event })),
    );
    // One line per batch, at debug: per-article lines cost more than the work at full speed.
    this.log.debug(`extracted ${out.reduce((n, e) => n + e.incidents.length, 0)} incident(s) from ${out.length} article(s)`);
  }

  private extractOne(article: ArticleNormalisedV1): IncidentsExtractedV1 {
    const text = textWithTitle(article.title, article.text);
    const incidents = extractIncidents({ text, publishedAt: article.publishedAt });
    // Always emitted: an article that no longer yields incidents must clear its old mentions.
    return {
      schema: 'incidents.extracted.v1',
      eventId: newEventId(),
      articleId: article.articleId,
      contentHash: article.contentHash,
      extractorVersion: EXTRACTOR_VERSION,
      article: {
        url: article.canonicalUrl ?? article.url,
        outlet: article.outlet,
        title: article.title,
        publishedAt: article.publishedAt,
        lang: article.lang,
        text,
        duplicateOf: article.duplicateOf,
        fingerprint: article.fingerprint,
      },
      incidents,
      extractedAt: new Date().toISOString(),
    };
  }
}
