// The customer view of a batch of customers in one query: the blocks of the parts a request selects
// (cypher/customer/view/*, segment/customer-view, purpose/customer-view) go in place of the PARTS
// placeholder below, their columns in place of COLUMNS. Built once per set of parts; all constants.
UNWIND $ids AS customerId
MATCH (c:Customer {id: customerId})
__PARTS__
RETURN customerId, __COLUMNS__
