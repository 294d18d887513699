// Whether the graph holds any source record yet: the demo bank loads only into an empty graph.
MATCH (r:SourceRecord) RETURN count(r) > 0 AS hasRecords LIMIT 1
