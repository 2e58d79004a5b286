package org.portolan.diagram;

import org.eclipse.emf.ecore.EObject;
import org.portolan.validation.Severity;

/**
 * A validation finding shown on a diagram element: on the element the finding targets, or on the nearest mapped
 * container of that target (a finding on an interface decorates its server).
 *
 * @param severity error, warning or info
 * @param ruleId   the rule's stable id ({@code FW-PORT-001})
 * @param message  the finding's message
 * @param target   the model element the finding is about (for "reveal the problem")
 */
public record Decoration(Severity severity, String ruleId, String message, EObject target) {
}
