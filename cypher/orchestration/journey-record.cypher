// The attributes (JSON) UPDATE_ATTRIBUTE steps have set on the customer's skein-journeys record; no row before the first.
MATCH (r:SourceRecord {source: 'skein-journeys', sourceId: $customerId})
RETURN r.attributes AS attributes
