MATCH (r:SourceRecord) RETURN r.source AS source, r.sourceId AS sourceId, r.payload AS payload, r.warnings AS warnings
ORDER BY source, sourceId
