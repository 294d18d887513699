// How many of the given salted hashes belong to erased identifiers.
UNWIND $hashes AS h
MATCH (x:ErasedIdentifier {hash: h})
RETURN count(x) AS n
