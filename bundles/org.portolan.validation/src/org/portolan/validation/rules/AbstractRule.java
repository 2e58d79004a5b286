package org.portolan.validation.rules;

import org.eclipse.emf.ecore.EObject;
import org.portolan.analysis.FlowText;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.RuleChecker;
import org.portolan.validation.RuleInfo;
import org.portolan.validation.Severity;

/** Holds a rule's description; subclasses implement the check. */
public abstract class AbstractRule implements RuleChecker {

	private final RuleInfo info;

	protected AbstractRule(String id, RuleCategory category, Severity severity, String title, String source) {
		this.info = new RuleInfo(id, category, severity, title, source);
	}

	@Override
	public final RuleInfo info() {
		return info;
	}

	/** "'name'". */
	protected static String q(EObject element) {
		return "'" + FlowText.name(element) + "'";
	}

	/** " (source: ...)" suffix for messages. */
	protected final String cite() {
		return " (source: " + info.source() + ")";
	}
}
