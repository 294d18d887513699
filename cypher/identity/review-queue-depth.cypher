// How many pairs the review queue holds (see review-queue.cypher), counted without reading them: the
// review-queue depth gauge.
MATCH (a:SourceRecord)-[m:MATCHED]->(b:SourceRecord)
WHERE m.band = 'REVIEW' OR m.rule STARTS WITH 'HELD_'
MATCH (a)-[:BELONGS_TO]->(ca:Customer)
MATCH (b)-[:BELONGS_TO]->(cb:Customer)
WHERE ca <> cb
  AND NOT EXISTS { (a)<-[s1:LEFT|RIGHT]-(:Ban)-[s2:LEFT|RIGHT]->(b) WHERE type(s1) <> type(s2) }
RETURN count(*) AS depth
