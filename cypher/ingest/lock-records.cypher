// Write-locks the stored source records of a batch before it reads them (keys in (source, sourceId) order),
// so two writers of one record, in one instance or in several, read and replace it one after the other.
UNWIND $keys AS key
MATCH (r:SourceRecord {source: key.source, sourceId: key.sourceId})
SET r._lock = true
REMOVE r._lock
