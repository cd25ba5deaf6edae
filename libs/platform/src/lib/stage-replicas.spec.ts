import { parseReplicas, partitionsFor, replicaNames, ReplicasError, stageOfReplica } from './stage-replicas';

describe('stage replicas', () => {
  it('parses per-stage counts, "all" and a bare number; unnamed stages keep one', () => {
    expect(parseReplicas(undefined)).toEqual({ normaliser: 1, extractor: 1, indexer: 1 });
    expect(parseReplicas('normaliser=2, indexer=3')).toEqual({ normaliser: 2, extractor: 1, indexer: 3 });
    expect(parseReplicas('all=2,indexer=1')).toEqual({ normaliser: 2, extractor: 2, indexer: 1 });
    expect(parseReplicas('2')).toEqual({ normaliser: 2, extractor: 2, indexer: 2 });
  });

  it('refuses unknown stages, bad syntax and counts out of range', () => {
    expect(() => parseReplicas('fetcher=2')).toThrow(ReplicasError);
    expect(() => parseReplicas('indexer:2')).toThrow(/stage=count/);
    expect(() => parseReplicas('indexer=0')).toThrow(/1\.\.16/);
    expect(() => parseReplicas('indexer=17')).toThrow(/1\.\.16/);
  });

  it('names replicas so a single one keeps the stage name', () => {
    expect(replicaNames('indexer', 1)).toEqual(['indexer']);
    expect(replicaNames('indexer', 2)).toEqual(['indexer-1', 'indexer-2']);
    expect(stageOfReplica('indexer-2')).toBe('indexer');
    expect(stageOfReplica('indexer')).toBe('indexer');
  });

  it('raises the partition count to the largest replica count', () => {
    expect(partitionsFor(3, parseReplicas('indexer=5'))).toBe(5);
    expect(partitionsFor(3, parseReplicas('2'))).toBe(3);
  });
});
