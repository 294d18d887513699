// Stores scored pairs in the LINK or REVIEW band, one direction (smaller record id first).
UNWIND $matches AS match
MATCH (a:SourceRecord {id: match.left})
MATCH (b:SourceRecord {id: match.right})
CREATE (a)-[:MATCHED {band: match.band, total: match.total, rule: match.rule, weights: match.weights,
                      at: $now}]->(b)
RETURN count(*) AS written
