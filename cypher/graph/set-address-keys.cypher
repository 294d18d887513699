// Records written before records carried their address key (io.skein.ingest.AddressKey) get it, once: the
// marker (:SchemaStep {id: 'record-address-keys'}) says it is done, so later starts read one node. The key is
// computed as AddressKey computes it. Safe to re-run: a record with a key is left alone.
OPTIONAL MATCH (done:SchemaStep {id: 'record-address-keys'})
WITH done
WHERE done IS NULL
CALL () {
  MATCH (r:SourceRecord)
  WHERE r.addressKey IS NULL AND r.postcode IS NOT NULL AND r.addressLine1 IS NOT NULL
  RETURN r
}
CALL (r) {
  SET r.addressKey = r.postcode + '|' +
      toLower(replace(replace(replace(replace(replace(r.addressLine1, ' ', ''), ',', ''), '.', ''), '-', ''), '/', ''))
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS keyed
