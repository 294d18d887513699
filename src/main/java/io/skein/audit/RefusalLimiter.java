package io.skein.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed-window allowance per clock minute: at most {@code perSource} admissions for one source and
 * {@code perMinute} for all. It remembers at most {@code maxSources} sources a minute; any further ones
 * share a single allowance, so a flood from many addresses cannot grow its memory either.
 */
final class RefusalLimiter {

	static final String OTHER_SOURCES = "other sources";

	private final int perSource;

	private final int perMinute;

	private final int maxSources;

	private final Map<String, Integer> admitted = new HashMap<>();

	private long minute = Long.MIN_VALUE;

	private int total;

	RefusalLimiter(int perSource, int perMinute, int maxSources) {
		this.perSource = perSource;
		this.perMinute = perMinute;
		this.maxSources = maxSources;
	}

	synchronized boolean admit(String source, Instant now) {
		long current = Math.floorDiv(now.getEpochSecond(), 60);
		if (current != this.minute) {
			this.minute = current;
			this.admitted.clear();
			this.total = 0;
		}
		String key = source == null ? OTHER_SOURCES : source;
		if (!this.admitted.containsKey(key) && this.admitted.size() >= this.maxSources) {
			key = OTHER_SOURCES;
		}
		int count = this.admitted.getOrDefault(key, 0);
		if (this.total >= this.perMinute || count >= this.perSource) {
			return false;
		}
		this.admitted.put(key, count + 1);
		this.total++;
		return true;
	}

}
