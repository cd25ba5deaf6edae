export * from './lib/article-mention';
export * from './lib/cluster-mentions';
export { DATE_REACH_DAYS, JoinCandidates, withinDateReach } from './lib/join-candidates';
export * from './lib/canonical-incident';
export * from './lib/pair-score';
export * from './lib/date-window';
export * from './lib/geo';
export * from './lib/vocabulary-compat';
export { evidenceTerms, jaccard } from './lib/text-similarity';
