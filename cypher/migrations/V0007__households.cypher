// Households: derived groups of different people sharing a phone, a mailbox or an address.
CREATE CONSTRAINT household_id IF NOT EXISTS FOR (h:Household) REQUIRE h.id IS UNIQUE;
CREATE INDEX source_record_postcode IF NOT EXISTS FOR (r:SourceRecord) ON (r.postcode);
