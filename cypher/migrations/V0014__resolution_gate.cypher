// The real-time resolution gate: one node whose write lock real-time resolutions hold from their read to their
// commit (io.skein.identity.resolution.ResolutionService), so that across every instance one decides at a time.
CREATE CONSTRAINT resolution_gate_id IF NOT EXISTS FOR (g:ResolutionGate) REQUIRE g.id IS UNIQUE;
