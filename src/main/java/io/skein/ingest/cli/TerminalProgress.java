package io.skein.ingest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place with {@code \r}: share of the input bytes read, lines per
 * second and the time left at that pace. Redrawn at most four times a second, so it costs nothing.
 */
final class TerminalProgress implements ImportProgress {

	static final int WIDTH = 30;

	private static final long REDRAW_NANOS = 250_000_000L;

	private final PrintWriter out;

	private final LongSupplier nanoTime;

	private final long start;

	private long lastDrawn;

	private int lastLength;

	TerminalProgress(PrintWriter out) {
		this(out, System::nanoTime);
	}

	TerminalProgress(PrintWriter out, LongSupplier nanoTime) {
		this.out = out;
		this.nanoTime = nanoTime;
		this.start = nanoTime.getAsLong();
		this.lastDrawn = this.start;
	}

	@Override
	public void update(long bytesRead, long totalBytes, long lines) {
		long now = this.nanoTime.getAsLong();
		if (now - this.lastDrawn < REDRAW_NANOS) {
			return;
		}
		this.lastDrawn = now;
		String text = render(bytesRead, totalBytes, lines, now - this.start);
		this.out.print("\r" + text + " ".repeat(Math.max(0, this.lastLength - text.length())));
		this.out.flush();
		this.lastLength = text.length();
	}

	@Override
	public void done() {
		if (this.lastLength > 0) {
			this.out.print("\r" + " ".repeat(this.lastLength) + "\r");
			this.out.flush();
			this.lastLength = 0;
		}
	}

	static String render(long bytesRead, long totalBytes, long lines, long elapsedNanos) {
		double fraction = totalBytes <= 0 ? 1 : Math.min(1, bytesRead / (double) totalBytes);
		int filled = (int) (fraction * WIDTH);
		double seconds = elapsedNanos / 1e9;
		double rate = seconds > 0 ? lines / seconds : 0;
		String eta = fraction > 0 && seconds > 0 ? clock(seconds * (1 - fraction) / fraction) : "--:--";
		return String.format(Locale.ROOT, "[%s%s] %3d%%  %d lines  %.0f lines/s  ETA %s", "#".repeat(filled),
				"-".repeat(WIDTH - filled), (int) (fraction * 100), lines, rate, eta);
	}

	static String clock(double seconds) {
		long s = Math.round(seconds);
		return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}

}
