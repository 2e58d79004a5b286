package org.portolan.analysis;

import org.eclipse.emf.ecore.EObject;
import org.portolan.model.NamedElement;
import org.portolan.model.SourceReference;

/** Names and citations for messages and reports. */
public final class FlowText {

	private FlowText() {
	}

	/** The element's name, or its class name when it has none, or "any external host" for null. */
	public static String name(EObject element) {
		if (element == null) {
			return "any external host";
		}
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element instanceof org.portolan.model.FirewallRule rule) {
			return ruleLabel(rule);
		}
		return element.eClass().getName();
	}

	/**
	 * A firewall rule's name, or for an unnamed rule its position and traffic: "rule #3 (SMTP TCP 25)".
	 */
	public static String ruleLabel(org.portolan.model.FirewallRule rule) {
		if (rule.getName() != null && !rule.getName().isBlank()) {
			return rule.getName();
		}
		int index = -1;
		if (rule.eContainingFeature() != null && rule.eContainingFeature().isMany()) {
			index = ((java.util.List<?>) rule.eContainer().eGet(rule.eContainingFeature())).indexOf(rule) + 1;
		}
		StringBuilder sb = new StringBuilder("rule #").append(index).append(" (");
		if (rule.getAppProtocol() != null && !rule.getAppProtocol().isBlank()) {
			sb.append(rule.getAppProtocol()).append(' ');
		}
		sb.append(rule.getTransport().getLiteral());
		if (rule.getPorts() != null) {
			sb.append(' ').append(PortSet.of(rule.getPorts(), PortSet.DEFAULT_DYNAMIC));
		}
		return sb.append(')').toString();
	}

	/** "003 L80-85 (Firewall summary, external interface; 003_lync2013_edge_external_interface.csv)". */
	public static String citation(SourceReference ref) {
		if (ref == null) {
			return "no source cited";
		}
		StringBuilder sb = new StringBuilder();
		String doc = ref.getDocument() != null && !ref.getDocument().isBlank() ? ref.getDocument() : ref.getFile();
		sb.append(doc == null ? "unnamed source" : doc);
		if (ref.getLines() != null && !ref.getLines().isBlank()) {
			sb.append(" L").append(ref.getLines());
		}
		StringBuilder extra = new StringBuilder();
		if (ref.getSection() != null && !ref.getSection().isBlank()) {
			extra.append(ref.getSection());
		}
		if (ref.getDataFile() != null && !ref.getDataFile().isBlank()) {
			if (extra.length() > 0) {
				extra.append("; ");
			}
			extra.append(ref.getDataFile());
		}
		if (ref.isGeneralKnowledge()) {
			if (extra.length() > 0) {
				extra.append("; ");
			}
			extra.append("general knowledge");
		}
		if (extra.length() > 0) {
			sb.append(" (").append(extra).append(')');
		}
		return sb.toString();
	}
}
