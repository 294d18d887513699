package io.skein.segment.rule;

/** How a field is compared with a value. IN and NOT_IN take a list, BETWEEN a pair [low, high], EXISTS none. */
public enum Comparison {

	EQ, NE, GT, GTE, LT, LTE, IN, NOT_IN, BETWEEN, CONTAINS, STARTS_WITH, EXISTS

}
