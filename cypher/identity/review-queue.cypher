// Pairs a steward should look at: REVIEW-band pairs and links the guard held, between records of
// different customers and not banned, highest total first; pairs held for two national ids (nearly always
// two people, e.g. twins) after the rest.
MATCH (a:SourceRecord)-[m:MATCHED]->(b:SourceRecord)
WHERE m.band = 'REVIEW' OR m.rule STARTS WITH 'HELD_'
MATCH (a)-[:BELONGS_TO]->(ca:Customer)
MATCH (b)-[:BELONGS_TO]->(cb:Customer)
WHERE ca <> cb
  AND NOT EXISTS { (a)<-[s1:LEFT|RIGHT]-(:Ban)-[s2:LEFT|RIGHT]->(b) WHERE type(s1) <> type(s2) }
WITH a, b, m, ca, cb
ORDER BY CASE m.rule WHEN 'HELD_NATIONAL_IDS' THEN 1 ELSE 0 END, m.total DESC, a.id, b.id
WITH collect({left: a.id, right: b.id, band: m.band, rule: m.rule, total: m.total, leftCustomer: ca.id,
              rightCustomer: cb.id, at: m.at}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS items
