/**
 * GraphQL plumbing shared by every capability: the DateTime and JSON scalars, Relay cursors, the mapping of
 * bad input to GraphQL errors that carry a classification and the field at fault, and the wrapping of the
 * schema fields that need access, masks or limits once when the schema is built ({@link io.skein.graphql.FieldWrapping}).
 */
package io.skein.graphql;
