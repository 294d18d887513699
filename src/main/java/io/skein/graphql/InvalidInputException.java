package io.skein.graphql;

/** Input the caller must fix; becomes a BAD_REQUEST GraphQL error naming {@link #field()}. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
