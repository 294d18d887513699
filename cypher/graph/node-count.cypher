// How many nodes the store holds, from Neo4j's count store (no scan): how much it has grown since plans were made.
MATCH (n)
RETURN count(n) AS nodes
