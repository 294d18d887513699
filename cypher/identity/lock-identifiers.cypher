// Write-locks the identifiers a transaction is about to stitch on, in the order given (the caller sorts the
// keys), creating those not stored yet: the unique constraint identifier_key makes a second creator of one
// key wait for the first to commit and then find its node. Holders are read only after this, so two writers
// (in one instance or in several) never both see a new e-mail unheld and create two customers for it.
// Labels and relationships are set by the write that follows (upsert-records, create-interactions).
UNWIND $identifiers AS ident
MERGE (n:Identifier {key: ident.key})
  ON CREATE SET n.type = ident.type, n.value = ident.value
SET n._lock = true
REMOVE n._lock
