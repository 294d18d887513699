// After cypher/graph/set-address-keys: every record carries its address key.
MERGE (:SchemaStep {id: 'record-address-keys'})
