/** Bumped whenever extraction output can change for the same input. */
export const EXTRACTOR_VERSION = 'incident-extraction/0.4.101';
