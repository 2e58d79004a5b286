package org.portolan.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One finding of one rule on one model element.
 *
 * @param rule     the rule that found it
 * @param severity the severity (the rule's default unless the rule escalates)
 * @param target   the element the finding is about (markers and diagnostics point at it)
 * @param message  message naming the elements and citing the source
 * @param related  other elements involved (peers, firewalls, certificates)
 */
public record Finding(RuleInfo rule, Severity severity, EObject target, String message, List<EObject> related) {

	public Finding {
		related = List.copyOf(related);
	}

	public String ruleId() {
		return rule.id();
	}

	@Override
	public String toString() {
		return severity + " " + message;
	}
}
