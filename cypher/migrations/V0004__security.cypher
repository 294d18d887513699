// Security, audit and privacy: API keys by id and hash, declared sources, the audit trail, erasures and erased identifiers.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE CONSTRAINT erasure_id IF NOT EXISTS FOR (e:Erasure) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT erased_identifier_hash IF NOT EXISTS FOR (e:ErasedIdentifier) REQUIRE e.hash IS UNIQUE;
CREATE CONSTRAINT declared_source_name IF NOT EXISTS FOR (s:DeclaredSource) REQUIRE s.name IS UNIQUE;
