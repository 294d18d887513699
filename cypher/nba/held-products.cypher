// The product codes a customer holds open (any record of theirs asserting the holding).
MATCH (:Customer {id: $id})<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)-[:OF_PRODUCT]->(p:Product)
WHERE coalesce(h.closedAt, a.closedAt) IS NULL
RETURN collect(DISTINCT p.code) AS codes
