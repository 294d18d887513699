// Bulk load: the importer's CSV format cannot hold an empty array, so BulkImportFiles marks a node that has
// one (label BulkImportEmptyLists, the properties' names in bulkImportEmptyLists); this sets them and clears
// the marks. Safe to re-run: a node done has lost its mark.
MATCH (n:BulkImportEmptyLists)
CALL (n) {
  UNWIND n.bulkImportEmptyLists AS key
  SET n[key] = []
  WITH DISTINCT n
  REMOVE n.bulkImportEmptyLists, n:BulkImportEmptyLists
} IN TRANSACTIONS OF 10000 ROWS
