MATCH (d:AttributeDefinition)
RETURN d.name AS name, d.type AS type, d.definedAt AS definedAt
ORDER BY d.name
