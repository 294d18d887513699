// Stores scored pairs in the LINK or REVIEW band, one direction (smaller record id first);
// corroboratesNationalIds marks a link that lets one customer hold both records' different national ids.
UNWIND $matches AS match
MATCH (a:SourceRecord {id: match.left})
MATCH (b:SourceRecord {id: match.right})
CREATE (a)-[:MATCHED {band: match.band, total: match.total, rule: match.rule, weights: match.weights,
                      corroboratesNationalIds: match.corroboratesNationalIds, at: $now}]->(b)
RETURN count(*) AS written
