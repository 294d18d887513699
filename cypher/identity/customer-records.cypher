// The source records of a customer, by id.
MATCH (:Customer {id: $customerId})<-[:BELONGS_TO]-(r:SourceRecord)
RETURN r.id AS id
ORDER BY id
