package io.skein.ingest.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.skein.ingest.ImportPhases;
import io.skein.ingest.IngestResult;
import io.skein.ingest.ItemError;

/**
 * What an import did, line by line, in the terms its user checks: lines read, what was ingested, left
 * unchanged or rejected (with the first rejections as {@code file:line: field: reason}), warnings, and
 * the active customers in the graph afterwards, and where the time went ({@code phases}, in the order they
 * first ran; {@link #formatPhases}). Exit code 0 when nothing was rejected, 2 otherwise.
 */
public record ImportSummary(int files, long linesRead, long records, long events, long created, long updated,
		long unchanged, long rejected, List<Rejection> rejections, long moreRejections, long warnings,
		long customers, long anonymousCustomers, Duration elapsed, List<ImportPhases.Phase> phases) {

	/** How many rejection lines a summary shows; the rest are counted. */
	public static final int SHOWN_REJECTIONS = 20;

	public long ingested() {
		return this.created + this.updated;
	}

	public int exitCode() {
		return this.rejected == 0 ? 0 : 2;
	}

	/** Lines per second over the whole import, customer count included. */
	public double rate() {
		double seconds = this.elapsed.toNanos() / 1e9;
		return seconds > 0 ? this.linesRead / seconds : 0;
	}

	/** One error of one rejected line; {@code $} as the field stands for the whole line. */
	public record Rejection(String file, long line, String field, String reason) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.field + ": " + this.reason;
		}

	}

	public String format() {
		StringBuilder out = new StringBuilder();
		line(out, "files", String.valueOf(this.files));
		line(out, "lines read", this.linesRead + " (" + this.records + " records, " + this.events + " events, "
				+ (this.linesRead - this.records - this.events) + " not JSON objects)");
		line(out, "ingested", this.ingested() + " (created " + this.created + ", updated " + this.updated + ")");
		line(out, "unchanged", String.valueOf(this.unchanged));
		line(out, "rejected", String.valueOf(this.rejected));
		this.rejections.forEach(r -> out.append("  ").append(r).append('\n'));
		if (this.moreRejections > 0) {
			out.append("  ... and ").append(this.moreRejections).append(" more\n");
		}
		line(out, "warnings", String.valueOf(this.warnings));
		line(out, "customers", this.customers + " active (" + this.anonymousCustomers + " anonymous)");
		line(out, "elapsed", String.format(Locale.ROOT, "%.1f s", this.elapsed.toNanos() / 1e9));
		line(out, "rate", String.format(Locale.ROOT, "%.1f lines/s", rate()));
		return out.toString();
	}

	/** The time of each phase and its share of the elapsed time, one line each (for {@code --profile}). */
	public String formatPhases() {
		StringBuilder out = new StringBuilder("time by phase (s, share):\n");
		double total = this.elapsed.toNanos() / 1e9;
		for (ImportPhases.Phase phase : this.phases) {
			double seconds = phase.took().toNanos() / 1e9;
			out.append(String.format(Locale.ROOT, "  %-70s %8.1f %5.1f%%%s%n", phase.name(), seconds,
					total > 0 ? 100 * seconds / total : 0, phase.overlapped() ? "  (beside the others)" : ""));
		}
		return out.toString();
	}

	private static void line(StringBuilder out, String label, String value) {
		out.append(String.format(Locale.ROOT, "%-11s %s%n", label + ":", value));
	}

	/** Counts an import as it goes; keeps only the rejections a summary shows, so memory stays flat. */
	static final class Tally {

		private long linesRead;

		private long records;

		private long events;

		private long created;

		private long updated;

		private long unchanged;

		private long rejected;

		private long warnings;

		private long moreRejections;

		private final List<Rejection> rejections = new ArrayList<>();

		void add(String file, RecordSource.Item item, IngestResult result) {
			this.linesRead++;
			if (item.isReadable()) {
				if (item.isEvent()) {
					this.events++;
				}
				else {
					this.records++;
				}
			}
			this.warnings += result.warnings().size();
			switch (result.status()) {
				case CREATED:
					this.created++;
					break;
				case UPDATED:
					this.updated++;
					break;
				case UNCHANGED:
					this.unchanged++;
					break;
				case REJECTED:
					this.rejected++;
					reject(file, item.lineNumber(), result.errors());
					break;
				default:
					throw new IllegalStateException("unknown status " + result.status());
			}
		}

		private void reject(String file, long line, List<ItemError> errors) {
			if (errors.isEmpty()) {
				errors = List.of(ItemError.badRequest("$", "rejected"));
			}
			for (ItemError error : errors) {
				if (this.rejections.size() < SHOWN_REJECTIONS) {
					this.rejections.add(new Rejection(file, line, field(error.field()), error.message()));
				}
				else {
					this.moreRejections++;
				}
			}
		}

		/** Items are ingested at the root path, so a field is bare ({@code sourceId}); the line itself is {@code $}. */
		static String field(String path) {
			String field = path == null ? "" : path.strip();
			while (field.startsWith(".")) {
				field = field.substring(1);
			}
			return field.isEmpty() ? "$" : field;
		}

		long linesRead() {
			return this.linesRead;
		}

		ImportSummary summary(int files, long customers, long anonymousCustomers, Duration elapsed) {
			return summary(files, customers, anonymousCustomers, elapsed, List.of());
		}

		ImportSummary summary(int files, long customers, long anonymousCustomers, Duration elapsed,
				List<ImportPhases.Phase> phases) {
			return new ImportSummary(files, this.linesRead, this.records, this.events, this.created, this.updated,
					this.unchanged, this.rejected, List.copyOf(this.rejections), this.moreRejections, this.warnings,
					customers, anonymousCustomers, elapsed, phases);
		}

	}

}
