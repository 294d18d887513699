// Defines a custom attribute once; an existing definition is returned unchanged (the caller checks its type).
MERGE (d:AttributeDefinition {name: $name})
  ON CREATE SET d.type = $type, d.definedAt = $now
RETURN d.name AS name, d.type AS type, d.definedAt AS definedAt
