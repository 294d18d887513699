// Part of the customer view: the customer's source records as received, newest first, for sourceRecords (the
// golden profile reads customer/view/profile-records, without payload and warnings).
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)
  WITH r ORDER BY r.receivedAt DESC, r.source, r.sourceId
  RETURN collect(r {.id, .source, .sourceId, .receivedAt, .payload, .warnings, .firstName, .middleName, .lastName,
                    .fullName, .dateOfBirth, .gender, .email, .phone, .addressLine1, .addressLine2, .city, .postcode,
                    .state, .country, .attributes}) AS records
}
