// Records that every stored record's blocking keys follow this scheme.
MERGE (s:BlockKeyScheme {id: 'current'})
SET s.version = $version
