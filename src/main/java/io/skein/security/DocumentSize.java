package io.skein.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How large a document becomes once its fragments are expanded, measured on the syntax tree alone in
 * time linear in the document (each fragment is counted once and its count reused wherever it is
 * spread), so a kilobyte that expands to billions of fields is measured in microseconds, before
 * validation, normalisation or execution touch it. Counts saturate at {@link Long#MAX_VALUE}.
 *
 * @param fields field selections after expansion (every occurrence, before merging)
 * @param aliases aliased field selections after expansion
 * @param cyclic whether a fragment spreads itself, directly or not
 */
record DocumentSize(long fields, long aliases, boolean cyclic) {

	static DocumentSize of(Document document, String operationName) {
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
			fragments.putIfAbsent(fragment.getName(), fragment);
		}
		Counter counter = new Counter(fragments);
		long fields = 0;
		long aliases = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			if (operationName != null && !operationName.equals(operation.getName())) {
				continue;
			}
			long[] size = counter.count(operation.getSelectionSet());
			fields = add(fields, size[0]);
			aliases = add(aliases, size[1]);
		}
		return new DocumentSize(fields, aliases, counter.cyclic);
	}

	private static final class Counter {

		private final Map<String, FragmentDefinition> fragments;

		private final Map<String, long[]> counted = new HashMap<>();

		private final Set<String> open = new HashSet<>();

		private boolean cyclic;

		Counter(Map<String, FragmentDefinition> fragments) {
			this.fragments = fragments;
		}

		long[] count(SelectionSet set) {
			long fields = 0;
			long aliases = 0;
			List<Selection> selections = set == null ? List.of() : set.getSelections();
			for (Selection<?> selection : selections) {
				long[] size;
				if (selection instanceof Field field) {
					long[] children = count(field.getSelectionSet());
					size = new long[] { add(1, children[0]), add(field.getAlias() == null ? 0 : 1, children[1]) };
				}
				else if (selection instanceof InlineFragment inline) {
					size = count(inline.getSelectionSet());
				}
				else if (selection instanceof FragmentSpread spread) {
					size = fragment(spread.getName());
				}
				else {
					size = new long[2];
				}
				fields = add(fields, size[0]);
				aliases = add(aliases, size[1]);
			}
			return new long[] { fields, aliases };
		}

		private long[] fragment(String name) {
			long[] known = this.counted.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition definition = this.fragments.get(name);
			if (definition == null) {
				return new long[2];
			}
			if (!this.open.add(name)) {
				this.cyclic = true;
				return new long[2];
			}
			long[] size = count(definition.getSelectionSet());
			this.open.remove(name);
			this.counted.put(name, size);
			return size;
		}

	}

	private static long add(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

}
