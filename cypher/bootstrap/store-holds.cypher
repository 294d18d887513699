// Whether a bootstrap load may run: it needs a store holding no source record and no customer.
CALL () { MATCH (r:SourceRecord) RETURN count(r) AS records }
CALL () { MATCH (c:Customer) RETURN count(c) AS customers }
RETURN records, customers
