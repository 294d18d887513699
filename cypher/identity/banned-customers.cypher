// Pairs among the given customers that a steward ban or split keeps apart, through their records.
UNWIND $customerIds AS customerId
MATCH (c:Customer {id: customerId})<-[:BELONGS_TO]-(:SourceRecord)<-[s1:LEFT|RIGHT]-(:Ban)-[s2:LEFT|RIGHT]->(:SourceRecord)-[:BELONGS_TO]->(other:Customer)
WHERE type(s1) <> type(s2) AND other.id IN $customerIds AND other.id <> customerId
RETURN DISTINCT customerId, other.id AS bannedWith
