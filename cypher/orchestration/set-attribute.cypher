// UPDATE_ATTRIBUTE: sets a custom attribute on the customer's journey record, a source record of source
// skein-journeys made the first time, so rules (attr.NAME) and the golden profile (attributes, the JSON of them
// all, $attributes) read it like any other.
MATCH (c:Customer {id: $customerId})
MERGE (r:SourceRecord {source: 'skein-journeys', sourceId: c.id})
  ON CREATE SET r.id = 'skein-journeys:' + c.id, r.payload = '{}', r.payloadHash = '', r.warnings = [],
                r.receivedAt = $now, r.firstSeenAt = $now
MERGE (r)-[:BELONGS_TO]->(c)
SET r[$property] = $value, r.attributes = $attributes, r.receivedAt = $now
