// What real-time resolution did with each near-duplicate the bench ingested: the customer it belongs to
// now, the customer of the record it was copied from, and the scored pairs (MATCHED) it is part of.
UNWIND $pairs AS pair
MATCH (d:SourceRecord {id: pair.duplicate})
MATCH (o:SourceRecord {id: pair.original})
OPTIONAL MATCH (d)-[:BELONGS_TO]->(dc:Customer)
OPTIONAL MATCH (dc)-[:MERGED_INTO*1..]->(ds:Customer {status: 'ACTIVE'})
OPTIONAL MATCH (o)-[:BELONGS_TO]->(oc:Customer)
OPTIONAL MATCH (oc)-[:MERGED_INTO*1..]->(os:Customer {status: 'ACTIVE'})
RETURN d.id AS id,
       coalesce(ds, dc).id = coalesce(os, oc).id AS joined,
       COUNT { (d)-[:MATCHED {band: 'LINK'}]-() } AS links,
       COUNT { (d)-[:MATCHED {band: 'REVIEW'}]-() } AS reviews
