// Households find the records at one address by its key (io.skein.ingest.AddressKey): one index seek
// instead of reading every record at the postcode.
CREATE INDEX source_record_address_key IF NOT EXISTS FOR (r:SourceRecord) ON (r.addressKey);
