// Identity graph: one node per customer, source record, identifier value, account, product and event.
CREATE CONSTRAINT customer_id IF NOT EXISTS FOR (c:Customer) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_record_key IF NOT EXISTS FOR (r:SourceRecord) REQUIRE (r.source, r.sourceId) IS UNIQUE;
CREATE CONSTRAINT source_record_id IF NOT EXISTS FOR (r:SourceRecord) REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (n:Identifier) REQUIRE n.key IS UNIQUE;
CREATE INDEX identifier_type IF NOT EXISTS FOR (n:Identifier) ON (n.type);
CREATE CONSTRAINT account_number IF NOT EXISTS FOR (a:Account) REQUIRE a.number IS UNIQUE;
CREATE CONSTRAINT product_code IF NOT EXISTS FOR (p:Product) REQUIRE p.code IS UNIQUE;
CREATE CONSTRAINT interaction_event_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.eventId IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
CREATE INDEX interaction_at IF NOT EXISTS FOR (i:Interaction) ON (i.at);
CREATE INDEX customer_created IF NOT EXISTS FOR (c:Customer) ON (c.createdAt);
CREATE INDEX customer_status IF NOT EXISTS FOR (c:Customer) ON (c.status);
