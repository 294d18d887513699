package io.skein.graphql;

/** A referenced thing does not exist; becomes a NOT_FOUND GraphQL error naming {@link #field()}. */
public class NotFoundException extends InvalidInputException {

	public NotFoundException(String field, String message) {
		super(field, message);
	}

}
