// Which scheme of blocking keys the stored records carry (BlockingKeys.SCHEME). A store that already holds
// records got them under scheme 1; the next resolve rewrites every record's keys when the code's scheme is newer.
OPTIONAL MATCH (r:SourceRecord) WITH count(r) > 0 AS older LIMIT 1 MERGE (s:BlockKeyScheme {id: 'current'}) ON CREATE SET s.version = CASE WHEN older THEN 1 ELSE 2 END;
