// Whether the customer reached a goal: an event of a type in $events at or after $since, or an open account of
// a product in $products.
MATCH (start:Customer {id: $customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(s:Customer {status: 'ACTIVE'})
WITH coalesce(s, start) AS c
RETURN EXISTS { MATCH (x:Interaction)-[:OF_CUSTOMER]->(c) WHERE x.type IN $events AND x.at >= $since }
    OR EXISTS { MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[:HOLDS]->(a:Account)
                WHERE a.productCode IN $products AND (a.closedAt IS NULL OR a.closedAt > $today) } AS reached
