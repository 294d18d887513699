package io.skein.orchestration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.skein.graphql.InvalidInputException;

/**
 * The checks over a journey's steps as a graph: unique ids, links to steps that exist (a fallback to a
 * SEND), every step reachable from the first, no loop that does not pass a WAIT (it would spin without
 * end), and offer tokens only in a SEND some RECOMMEND step leads to.
 */
final class StepGraph {

	private final List<Step> steps;

	private final Map<String, Integer> index = new LinkedHashMap<>();

	private StepGraph(List<Step> steps) {
		this.steps = steps;
	}

	static void check(List<Step> steps) {
		StepGraph graph = new StepGraph(steps);
		graph.ids();
		graph.links();
		graph.reachable();
		graph.noLoopWithoutWait();
		graph.offerTokens();
	}

	private void ids() {
		for (int i = 0; i < this.steps.size(); i++) {
			Integer earlier = this.index.putIfAbsent(this.steps.get(i).id(), i);
			if (earlier != null) {
				throw new InvalidInputException("steps[" + i + "].id", "duplicate step id " + this.steps.get(i).id()
						+ " (also steps[" + earlier + "])");
			}
		}
	}

	private void links() {
		for (int i = 0; i < this.steps.size(); i++) {
			Step step = this.steps.get(i);
			for (Step.Link link : step.links()) {
				Integer target = this.index.get(link.target());
				String at = "steps[" + i + "]." + link.field();
				if (target == null) {
					throw new InvalidInputException(at, "no step " + link.target());
				}
				if (link.field().equals("fallback") && !(this.steps.get(target) instanceof Step.Send)) {
					throw new InvalidInputException(at, "a fallback is a SEND step; " + link.target() + " is not");
				}
			}
		}
	}

	private void reachable() {
		Set<String> seen = from(List.of(this.steps.get(0).id()));
		for (int i = 0; i < this.steps.size(); i++) {
			if (!seen.contains(this.steps.get(i).id())) {
				throw new InvalidInputException("steps[" + i + "]", "step " + this.steps.get(i).id()
						+ " cannot be reached from the first step " + this.steps.get(0).id());
			}
		}
	}

	/** Depth-first over links that do not leave a WAIT: a back edge is a loop that never waits. */
	private void noLoopWithoutWait() {
		Map<String, Integer> state = new HashMap<>();
		for (Step step : this.steps) {
			visit(step, state, new ArrayList<>());
		}
	}

	private void visit(Step step, Map<String, Integer> state, List<String> path) {
		if (state.getOrDefault(step.id(), 0) == 2 || step instanceof Step.Wait) {
			return;
		}
		state.put(step.id(), 1);
		path.add(step.id());
		for (Step.Link link : step.links()) {
			Step target = this.steps.get(this.index.get(link.target()));
			if (state.getOrDefault(target.id(), 0) == 1) {
				List<String> loop = new ArrayList<>(path.subList(path.indexOf(target.id()), path.size()));
				loop.add(target.id());
				throw new InvalidInputException("steps[" + this.index.get(step.id()) + "]." + link.field(),
						"loop " + String.join(" -> ", loop) + " without a WAIT");
			}
			visit(target, state, path);
		}
		path.remove(path.size() - 1);
		state.put(step.id(), 2);
	}

	private void offerTokens() {
		List<String> recommends = this.steps.stream().filter(Step.Recommend.class::isInstance).map(Step::id).toList();
		Set<String> afterRecommend = new HashSet<>();
		for (String id : recommends) {
			afterRecommend.addAll(from(this.steps.get(this.index.get(id)).links().stream().map(Step.Link::target).toList()));
		}
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i) instanceof Step.Send send && !afterRecommend.contains(send.id())) {
				for (Template template : send.templates()) {
					for (Template.Token token : template.tokens()) {
						if (token.isOffer()) {
							throw new InvalidInputException("steps[" + i + "]." + (template == send.subject() ? "subject" : "template"),
									"token {{" + token.name() + "}} needs a RECOMMEND step before this one");
						}
					}
				}
			}
		}
	}

	private Set<String> from(List<String> starts) {
		Set<String> seen = new HashSet<>(starts);
		Deque<String> todo = new ArrayDeque<>(starts);
		while (!todo.isEmpty()) {
			for (Step.Link link : this.steps.get(this.index.get(todo.pop())).links()) {
				if (seen.add(link.target())) {
					todo.push(link.target());
				}
			}
		}
		return seen;
	}

}
