package io.skein.orchestration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.skein.ingest.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The durable journey engine. One run ({@link #runOnce}) under the store lease {@value #LEASE} (so of several
 * Skein instances one runs at a time, and a crashed one's lease expires): running instances of erased
 * customers leave, instances waiting for an event that happened wake, the trigger scan enrols, then due
 * instances are advanced in batches, step after step until they wait or end. Each step is one transaction
 * (instance, step log, outbox message), applied only if the instance has not moved since it was read: a
 * restart resumes from the last committed step and a replayed step writes nothing twice.
 */
@Service
public class JourneyEngine {

	static final String LEASE = "journey-engine";

	/** Steps one instance may take in one run before it waits for the next (a loop always passes a WAIT). */
	static final int MAX_STEPS_PER_VISIT = 50;

	private static final Logger log = LoggerFactory.getLogger(JourneyEngine.class);

	private final InstanceRepository instances;

	private final JourneyEnrolment enrolment;

	private final Definitions definitions;

	private final StepExecutor executor;

	private final StoreLease lease;

	private final JourneyEngineProperties properties;

	private final Clock clock;

	private final String owner = "skein-" + UUID.randomUUID();

	JourneyEngine(InstanceRepository instances, JourneyEnrolment enrolment, Definitions definitions, StepExecutor executor,
			StoreLease lease, JourneyEngineProperties properties, Clock clock) {
		this.instances = instances;
		this.enrolment = enrolment;
		this.definitions = definitions;
		this.executor = executor;
		this.lease = lease;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What one run did: whether it held the lease, customers enrolled, instances advanced, steps run and
	 * instances that left because their customer was erased.
	 */
	public record Run(boolean leased, int enrolled, int instances, int steps, int erased) {
	}

	@Scheduled(initialDelayString = "${skein.journeys.interval:PT1M}", fixedDelayString = "${skein.journeys.interval:PT1M}")
	void scheduled() {
		if (this.properties.enabled()) {
			try {
				runOnce(this.clock.instant());
			}
			catch (RuntimeException ex) {
				log.error("Journey engine run failed; the next run resumes from the store", ex);
			}
		}
	}

	/** One run of the engine as of {@code now}; tests call it directly. */
	public Run runOnce(Instant now) {
		return runOnce(now, this.properties.maxInstancesPerRun());
	}

	/** One run that advances at most {@code maxInstances} instances (the rest stay due for the next run). */
	public Run runOnce(Instant now, int maxInstances) {
		if (!this.lease.take(LEASE, this.owner, now, this.properties.leaseTtl())) {
			return new Run(false, 0, 0, 0, 0);
		}
		long start = System.nanoTime();
		int erased = this.instances.exitErased(now);
		this.instances.wakeOnEvent(now);
		int enrolled = enrol(now);
		Set<String> done = new HashSet<>();
		int steps = 0;
		while (done.size() < maxInstances) {
			List<JourneyInstance> due = this.instances.due(now, Math.min(this.properties.batchSize(), maxInstances - done.size()),
					done);
			if (due.isEmpty()) {
				break;
			}
			for (JourneyInstance instance : due) {
				done.add(instance.id());
				steps += advance(instance, now);
			}
			if (!this.lease.take(LEASE, this.owner, now, this.properties.leaseTtl())) {
				break;
			}
		}
		if (enrolled + steps + erased > 0) {
			log.info("Journey engine run: {} enrolled, {} instances advanced, {} steps, {} erased left, in {} ms", enrolled,
					done.size(), steps, erased, (System.nanoTime() - start) / 1_000_000);
		}
		return new Run(true, enrolled, done.size(), steps, erased);
	}

	/** The trigger scan alone: enrols matching customers in every active journey; returns how many. */
	public int enrol(Instant now) {
		return this.enrolment.scan(now, this.properties.lookback()).values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Runs the instance's steps while it is due; returns the steps run (0 when another run moved it first). */
	int advance(JourneyInstance instance, Instant now) {
		JourneyDefinition definition = this.definitions.get(instance.journeyKey(), instance.version());
		if (definition == null) {
			return 0;
		}
		JourneyInstance current = instance;
		int steps = 0;
		while (current != null && current.running() && !current.dueAt().isAfter(now) && steps < MAX_STEPS_PER_VISIT) {
			current = step(current, definition, now);
			steps++;
		}
		return steps;
	}

	/** Runs the current step of an instance and writes its result; returns the instance after, or null if it had moved. */
	JourneyInstance step(JourneyInstance instance, JourneyDefinition definition, Instant now) {
		Step step = definition.step(instance.currentStep());
		InstanceRepository.CustomerState customer = this.instances.customer(instance.customerId());
		StepExecutor.Result result;
		String kind = step == null ? "EXIT" : kind(step);
		if (customer == null || customer.erased()) {
			result = exit("ERASED", null);
		}
		else if (!customer.active()) {
			result = exit("MERGED", "the customer was merged and no survivor is active");
		}
		else if (step == null) {
			result = exit("NO_STEP", instance.currentStep());
		}
		else if (this.executor.goalReached(customer.id(), instance.goals(), instance.enteredAt(), now)) {
			result = exit("GOAL", "goal reached before " + step.id());
		}
		else {
			try {
				result = this.executor.execute(instance, definition, step, customer, now);
			}
			catch (RuntimeException ex) {
				// the exception's message may quote customer data: its class only, the whole at debug level
				log.warn("Journey {} instance {} failed at step {}: {}", instance.journeyKey(), instance.id(), step.id(),
						ex.getClass().getName());
				log.debug("Journey step failure", ex);
				result = exit("FAILED", ex.getClass().getSimpleName());
			}
		}
		return write(instance, kind, result, now);
	}

	private static StepExecutor.Result exit(String outcome, String detail) {
		return new StepExecutor.Result(outcome, detail, StepExecutor.Move.EXIT, null, null, Map.of(), null, null, null, null);
	}

	private JourneyInstance write(JourneyInstance instance, String kind, StepExecutor.Result result, Instant now) {
		Map<String, Object> changes = new HashMap<>(result.changes());
		Map<String, Integer> visits = new HashMap<>(instance.visits());
		String currentStep = instance.currentStep();
		int visit = instance.visit();
		String status;
		Instant dueAt;
		String exitReason = null;
		switch (result.move()) {
			case STAY -> {
				status = JourneyInstance.WAITING;
				dueAt = result.dueAt();
			}
			case GO -> {
				if (result.target() == null) {
					status = JourneyInstance.COMPLETED;
					dueAt = null;
				}
				else {
					currentStep = result.target();
					visit = visits.merge(currentStep, 1, Integer::sum);
					status = JourneyInstance.ACTIVE;
					dueAt = now;
				}
			}
			default -> {
				status = JourneyInstance.EXITED;
				dueAt = null;
				exitReason = result.outcome();
			}
		}
		int steps = instance.steps() + 1;
		changes.put("currentStep", currentStep);
		changes.put("visit", visit);
		changes.put("visits", Json.canonical(visits));
		changes.put("steps", steps);
		changes.put("status", status);
		changes.put("dueAt", JourneyInstance.utc(dueAt));
		changes.put("exitReason", exitReason);
		Map<String, Object> run = new HashMap<>();
		run.put("seq", steps);
		run.put("instanceId", instance.id());
		run.put("customerId", result.message() != null ? result.message().get("customerId") : instance.customerId());
		run.put("journeyKey", instance.journeyKey());
		run.put("journeyVersion", instance.version());
		run.put("stepId", instance.currentStep());
		run.put("kind", kind);
		run.put("visit", instance.visit());
		run.put("at", JourneyInstance.utc(now));
		run.put("outcome", result.outcome());
		run.put("detail", result.detail());
		run.put("channel", result.channel());
		run.put("purpose", result.purpose());
		run.put("holdout", instance.holdout());
		run.put("messageKey", result.messageKey());
		if (!this.instances.advance(instance.id(), instance.currentStep(), instance.steps(), changes, run, result.message(), now)) {
			return null;
		}
		Map<String, Object> context = changes.containsKey("context")
				? Json.parseObject((String) changes.get("context")) : instance.context();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> goals = changes.containsKey("goals")
				? ((List<Object>) Json.parse((String) changes.get("goals"))).stream().map(g -> (Map<String, Object>) g).toList()
				: instance.goals();
		Instant waitingSince = changes.containsKey("waitingSince") ? (changes.get("waitingSince") == null ? null : now)
				: instance.waitingSince();
		return new JourneyInstance(instance.id(), instance.journeyKey(), instance.version(), instance.customerId(), currentStep,
				status, dueAt, instance.enteredAt(), now, instance.holdout(), visit, visits, steps, context, goals, waitingSince,
				exitReason);
	}

	static String kind(Step step) {
		if (step instanceof Step.Branch) {
			return "BRANCH";
		}
		if (step instanceof Step.Wait) {
			return "WAIT";
		}
		if (step instanceof Step.Recommend) {
			return "RECOMMEND";
		}
		if (step instanceof Step.Send) {
			return "SEND";
		}
		return step instanceof Step.UpdateAttribute ? "UPDATE_ATTRIBUTE" : "EXIT_ON_GOAL";
	}

}
