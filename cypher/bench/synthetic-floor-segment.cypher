// A scratch segment for synthetic-floor-concurrent.cypher (whose batches commit on their own, so the segment
// must be committed before them).
CREATE (:Segment {id: $id, name: $id, kind: 'SEGMENT', persona: false, rule: '{"segment": {"id": "none"}}',
                  dependsOn: [], createdAt: $now, shipped: false})
