package io.skein.ingest.cli;

/** Hears how far an import has got; the terminal shows it, a pipe does not. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
		@Override
		public void update(long bytesRead, long totalBytes, long lines) {
		}

		@Override
		public void done() {
		}
	};

	/** Called after every line; implementations decide how often to show it. */
	void update(long bytesRead, long totalBytes, long lines);

	/** The import has finished or failed: leave the terminal clean for the summary. */
	void done();

}
