// Bootstrap load (empty store): the blocking keys a batch of records brings that no earlier batch brought.
UNWIND $keys AS key
CREATE (:BlockKey {key: key})
