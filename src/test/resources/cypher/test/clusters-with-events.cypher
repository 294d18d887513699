// Every active customer as what it holds, without its id: its kind, its records (source:sourceId) and the
// eventIds of its interactions, so two stores written in different orders can be compared cluster by cluster.
MATCH (c:Customer {status: 'ACTIVE'})
OPTIONAL MATCH (r:SourceRecord)-[:BELONGS_TO]->(c)
WITH c, collect(r.source + ':' + r.sourceId) AS records
OPTIONAL MATCH (i:Interaction)-[:OF_CUSTOMER]->(c)
RETURN c.kind AS kind, records, collect(i.eventId) AS events
