// Bootstrap load (empty store): the identifiers a batch of records or events brings that no earlier batch
// brought, created once each (ingest/upsert-records and ingest/create-interactions MERGE them item by item).
UNWIND $identifiers AS ident
CREATE (n:Identifier {key: ident.key, type: ident.type, value: ident.value})
FOREACH (_ IN CASE WHEN ident.type = 'EMAIL' THEN [1] ELSE [] END | SET n:Email)
FOREACH (_ IN CASE WHEN ident.type = 'PHONE' THEN [1] ELSE [] END | SET n:Phone)
FOREACH (_ IN CASE WHEN ident.type = 'NATIONAL_ID' THEN [1] ELSE [] END | SET n:NationalId)
FOREACH (_ IN CASE WHEN ident.type = 'ACCOUNT_NUMBER' THEN [1] ELSE [] END | SET n:AccountNumber)
FOREACH (_ IN CASE WHEN ident.type = 'DEVICE' THEN [1] ELSE [] END | SET n:Device)
FOREACH (_ IN CASE WHEN ident.type = 'COOKIE' THEN [1] ELSE [] END | SET n:Cookie)
