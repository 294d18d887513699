package io.skein.ingest;

/** Why one item was rejected: the field at fault as a path ({@code records[3].sourceId}), and a message. */
public record ItemError(String field, String message, String classification) {

	public static ItemError badRequest(String field, String message) {
		return new ItemError(field, message, "BAD_REQUEST");
	}

}
