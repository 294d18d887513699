// Bootstrap load (empty store): a batch's events as ingest/create-interactions stores them, created rather
// than merged (each event is new, its identifiers exist already: create-identifiers), without their customer:
// attach-interactions adds OF_CUSTOMER once attribution's merges are all known.
UNWIND $rows AS row
CREATE (i:Interaction {eventId: row.eventId})
SET i += row.props
WITH i, row
CALL (i, row) {
  UNWIND row.identifiers AS key
  MATCH (n:Identifier {key: key})
  CREATE (i)-[:IDENTIFIED_BY]->(n)
}
