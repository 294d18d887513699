// The source records of a batch of customers, newest first per customer (the golden profile reads
// them in this order).
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})<-[:BELONGS_TO]-(r:SourceRecord)
RETURN customerId,
       r {.id, .source, .sourceId, .receivedAt, .payload, .warnings, .firstName, .middleName, .lastName,
          .fullName, .dateOfBirth, .gender, .email, .phone, .addressLine1, .addressLine2, .city, .postcode,
          .state, .country, .attributes} AS record
ORDER BY customerId, r.receivedAt DESC, r.source, r.sourceId
