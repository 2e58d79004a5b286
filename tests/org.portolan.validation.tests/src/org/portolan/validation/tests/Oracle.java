package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.Severity;

/** Assertions for oracle tests: the findings of one rule on a topology. */
final class Oracle {

	private Oracle() {
	}

	static List<Finding> findings(Topology topology, String ruleId) {
		assertNotNull(PortolanValidation.rule(ruleId), "rule " + ruleId + " is registered");
		return PortolanValidation.validate(topology).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}

	static void assertNone(Topology topology, String ruleId) {
		List<Finding> found = findings(topology, ruleId);
		assertTrue(found.isEmpty(), "expected no " + ruleId + " finding but got " + found);
	}

	/** Exactly one finding of the rule, on {@code target}, with the given severity; returns it. */
	static Finding assertOne(Topology topology, String ruleId, EObject target, Severity severity) {
		List<Finding> found = findings(topology, ruleId);
		assertEquals(1, found.size(), "expected exactly one " + ruleId + " finding, got " + found);
		Finding f = found.get(0);
		assertSame(target, f.target(), "finding is on the expected element: " + f);
		assertEquals(severity, f.severity(), f.toString());
		assertTrue(f.message().startsWith("[" + ruleId + "] "), f.message());
		return f;
	}

	/** Findings of the rule on exactly these targets, in this order. */
	static List<Finding> assertOn(Topology topology, String ruleId, EObject... targets) {
		List<Finding> found = findings(topology, ruleId);
		assertEquals(List.of(targets), found.stream().map(Finding::target).toList(), found.toString());
		return found;
	}
}
