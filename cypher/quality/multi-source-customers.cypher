// Active customers whose records come from more than one source: where sources compete in survivorship.
MATCH (c:Customer {status: 'ACTIVE'})<-[:BELONGS_TO]-(r:SourceRecord)
WITH c, count(DISTINCT r.source) AS sources
WHERE sources > 1
RETURN c.id AS id
ORDER BY id
