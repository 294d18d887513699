package io.skein.purpose.evaluation;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

import io.skein.purpose.PurposeStage;

/**
 * Planted stage against discovered stage, for the planted purposes whose type was discovered (a row per
 * planted stage, a column per discovered one), and the stage accuracy per purpose type: where the
 * type+stage figures lose, and to what.
 */
final class StageConfusion {

	private final Map<PurposeStage, int[]> rows = new EnumMap<>(PurposeStage.class);

	private final Map<String, int[]> byType = new java.util.TreeMap<>();

	void add(String type, PurposeStage planted, PurposeStage discovered) {
		this.rows.computeIfAbsent(planted, s -> new int[PurposeStage.values().length])[discovered.ordinal()]++;
		int[] t = this.byType.computeIfAbsent(type, k -> new int[2]);
		t[0]++;
		t[1] += planted == discovered ? 1 : 0;
	}

	void print(PrintWriter out) {
		out.printf("%-12s", "planted \\ found");
		for (PurposeStage s : PurposeStage.values()) {
			out.printf(" %11s", s);
		}
		out.printf(" %9s%n", "accuracy");
		this.rows.forEach((planted, found) -> {
			out.printf("%-15s", planted);
			int total = 0;
			for (int n : found) {
				out.printf(" %11d", n);
				total += n;
			}
			out.printf(" %9.3f%n", total == 0 ? 0 : (double) found[planted.ordinal()] / total);
		});
		out.println();
		out.printf("%-16s %6s %9s%n", "purpose type", "found", "stage ok");
		this.byType.forEach((type, t) -> out.printf("%-16s %6d %9.3f%n", type, t[0], (double) t[1] / t[0]));
	}

}
