// One household by id, as of-customers returns it (through its oldest member).
MATCH (h:Household {id: $id})<-[:MEMBER_OF]-(m:Customer)
WITH h, m ORDER BY m.createdAt, m.id
WITH h, collect(m.id)[0] AS first
RETURN first AS customerId
