// Part of the customer view: the customer's source records as the golden profile reads them, newest
// first: their profile values without the payload and warnings as received (customer/view/records has
// those, for sourceRecords). A customer-360 selects the profile, not the records.
CALL (c) {
  MATCH (c)<-[:BELONGS_TO]-(r:SourceRecord)
  WITH r ORDER BY r.receivedAt DESC, r.source, r.sourceId
  RETURN collect(r {.id, .source, .sourceId, .receivedAt, .firstName, .middleName, .lastName, .fullName,
                    .dateOfBirth, .gender, .email, .phone, .addressLine1, .addressLine2, .city, .postcode,
                    .state, .country, .attributes}) AS profileRecords
}
