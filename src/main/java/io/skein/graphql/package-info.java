/**
 * GraphQL plumbing shared by every capability: the DateTime and JSON scalars, Relay cursors, and the
 * mapping of bad input to GraphQL errors that carry a classification and the field at fault.
 */
package io.skein.graphql;
