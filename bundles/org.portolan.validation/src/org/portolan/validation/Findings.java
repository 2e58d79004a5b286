package org.portolan.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Collects the findings of a validation run in order. */
public final class Findings {

	private final List<Finding> list = new ArrayList<>();

	/** Adds a finding with the rule's default severity. The message gets the rule id prefixed. */
	public void add(RuleInfo rule, EObject target, String message, EObject... related) {
		add(rule, rule.severity(), target, message, related);
	}

	public void add(RuleInfo rule, Severity severity, EObject target, String message, EObject... related) {
		List<EObject> others = new ArrayList<>();
		for (EObject r : Arrays.asList(related)) {
			if (r != null) {
				others.add(r);
			}
		}
		list.add(new Finding(rule, severity, target, "[" + rule.id() + "] " + message, others));
	}

	public List<Finding> all() {
		return Collections.unmodifiableList(list);
	}
}
