// Which of the given salted hashes belong to erased identifiers.
UNWIND $hashes AS h
MATCH (x:ErasedIdentifier {hash: h})
RETURN collect(DISTINCT x.hash) AS erased
