// The blocking-key scheme the stored records carry (0 when the store predates schemes).
OPTIONAL MATCH (s:BlockKeyScheme {id: 'current'})
RETURN coalesce(s.version, 0) AS version
