// Segments, audiences, custom attribute definitions and membership history.
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT segment_name IF NOT EXISTS FOR (s:Segment) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT attribute_definition_name IF NOT EXISTS FOR (d:AttributeDefinition) REQUIRE d.name IS UNIQUE;
CREATE INDEX segment_event_at IF NOT EXISTS FOR (e:SegmentEvent) ON (e.at);
