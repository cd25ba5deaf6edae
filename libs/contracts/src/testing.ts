export { blankMention, fetchedArticle, normalisedArticle, extractedArticle, mention, TEST_PLACES } from './lib/test-events';
