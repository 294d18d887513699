// The floor for a first evaluation, in the same run: the bench rule hand-written on the facts and its
// memberships created in one statement, to a scratch segment (nothing else: no events, no id round trip).
CREATE (s:Segment {id: $id, name: $id, kind: 'SEGMENT', persona: false, rule: '{"segment": {"id": "none"}}',
                   dependsOn: [], createdAt: $now, shipped: false})
WITH s
MATCH (c:Customer {status: 'ACTIVE'})
WHERE 'SAVINGS' IN c.factProducts AND c.factLastEventAt >= $since
CREATE (c)-[:IN_SEGMENT {since: $now}]->(s)
RETURN count(*) AS n
