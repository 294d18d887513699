// What the graph says about two source records beyond their scores: bans or splits between them, the
// rule of their MATCHED edge, the stitching identifiers they share, and whether a steward merged them.
MATCH (a:SourceRecord {id: $left})
MATCH (b:SourceRecord {id: $right})
RETURN [(a)<-[s1:LEFT|RIGHT]-(ban:Ban)-[s2:LEFT|RIGHT]->(b) WHERE type(s1) <> type(s2) |
          ban {.id, .kind, .reason, .actionId}] AS bans,
       [(a)-[m:MATCHED]-(b) | m.rule] AS rules,
       [(a)-[:HAS_IDENTIFIER]->(n:Identifier)<-[:HAS_IDENTIFIER]-(b) | n.type] AS sharedTypes,
       EXISTS { (a)<-[:JOINS]-(:StewardLink)-[:JOINS]->(b) } AS stewardLinked
