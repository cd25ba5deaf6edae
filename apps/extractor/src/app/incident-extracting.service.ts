import { Injectable, Logger } from '@nestjs/common';
import { textWithTitle } from '@raseed/article-normalisation';
import { ArticleNormalisedV1, TOPICS, newEventId } from '@raseed/contracts';
import { EXTRACTOR_VERSION, extractIncidents } from '@raseed/incident-extraction';
import { PipelineProducer } from '@raseed/kafka';

/** Normalised article → every incident it tells, with evidence; an empty list is sent too. */
@Injectable()
export class IncidentExtractingService {
  private readonly log = new Logger(IncidentExtractingService.name);

  constructor(private readonly producer: PipelineProducer) {}

  async extract(article: ArticleNormalisedV1): Promise<void> {
    const text = textWithTitle(article.title, article.text);
    const incidents = extractIncidents({ text, publishedAt: article.publishedAt });
    // Always emitted: an article that no longer yields incidents must clear its old mentions.
    await this.producer.emit(TOPICS.INCIDENTS_EXTRACTED_V1, article.articleId, {
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
      },
      incidents,
      extractedAt: new Date().toISOString(),
    });
    this.log.log(`extracted ${incidents.length} incident(s) from ${article.articleId}`);
  }
}
