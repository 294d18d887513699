package io.skein.ingest.cli;

/** An import that cannot go on: a file that cannot be read, or an input with no reader. Exit code 1. */
class ImportFailedException extends RuntimeException {

	ImportFailedException(String message) {
		super(message);
	}

	ImportFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
