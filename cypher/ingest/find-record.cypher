MATCH (r:SourceRecord {source: $source, sourceId: $sourceId})
OPTIONAL MATCH (r)-[:BELONGS_TO]->(c:Customer)
RETURN r.payloadHash AS payloadHash, r.firstSeenAt AS firstSeenAt,
       c.id AS customerId, c.createdAt AS createdAt, c.kind AS kind
