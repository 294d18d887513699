package io.skein.graphql;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;

/**
 * The application's instrumentations chained as graphql-java chains them, except for the hooks called for
 * every field and object of a response (field execution, fetch, completion, object execution): when none
 * of the instrumentations implements such a hook, it costs nothing instead of a chained context per field
 * that calls every instrumentation's no-op. A customer-360 has about 500 fields. Every other hook,
 * {@code instrumentDataFetcher} included, runs through the chain unchanged (access, masks and limits wrap
 * the schema's fetchers instead: {@link FieldWrapping}).
 */
final class LeanInstrumentation extends ChainedInstrumentation {

	private static final Instrumentation NONE = SimplePerformantInstrumentation.INSTANCE;

	private final boolean fieldExecution;

	private final boolean fieldFetch;

	private final boolean fieldCompletion;

	private final boolean fieldListCompletion;

	private final boolean executeObject;

	LeanInstrumentation(List<Instrumentation> instrumentations) {
		super(instrumentations);
		this.fieldExecution = anyImplements(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
		this.fieldFetch = anyImplements(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class)
				|| anyImplements(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class);
		this.fieldCompletion = anyImplements(instrumentations, "beginFieldCompletion",
				InstrumentationFieldCompleteParameters.class);
		this.fieldListCompletion = anyImplements(instrumentations, "beginFieldListCompletion",
				InstrumentationFieldCompleteParameters.class);
		this.executeObject = anyImplements(instrumentations, "beginExecuteObject",
				InstrumentationExecutionStrategyParameters.class);
	}

	/** Whether any of these overrides the hook, i.e. does not inherit graphql-java's no-op. */
	static boolean anyImplements(List<Instrumentation> instrumentations, String hook, Class<?> parameters) {
		for (Instrumentation instrumentation : instrumentations) {
			try {
				Class<?> declaring = instrumentation.getClass()
					.getMethod(hook, parameters, InstrumentationState.class)
					.getDeclaringClass();
				if (declaring != SimplePerformantInstrumentation.class && declaring != Instrumentation.class) {
					return true;
				}
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("graphql-java has no Instrumentation." + hook + " any more", ex);
			}
		}
		return false;
	}

	@Override
	public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
			InstrumentationState state) {
		return this.fieldExecution ? super.beginFieldExecution(parameters, state)
				: NONE.beginFieldExecution(parameters, null);
	}

	@Override
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return this.fieldFetch ? super.beginFieldFetch(parameters, state) : NONE.beginFieldFetch(parameters, null);
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return this.fieldFetch ? super.beginFieldFetching(parameters, state) : NONE.beginFieldFetching(parameters, null);
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return this.fieldCompletion ? super.beginFieldCompletion(parameters, state)
				: NONE.beginFieldCompletion(parameters, null);
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		return this.fieldListCompletion ? super.beginFieldListCompletion(parameters, state)
				: NONE.beginFieldListCompletion(parameters, null);
	}

	@Override
	public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
			InstrumentationState state) {
		return this.executeObject ? super.beginExecuteObject(parameters, state)
				: NONE.beginExecuteObject(parameters, null);
	}

}
