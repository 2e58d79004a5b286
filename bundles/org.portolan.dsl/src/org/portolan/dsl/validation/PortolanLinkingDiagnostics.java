package org.portolan.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.portolan.model.PortolanPackage.Literals;

/** Unresolved references name what is missing and where it is looked for. */
public class PortolanLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String what = describe(type);
		String hint;
		if (type == Literals.ROLE_DEFINITION) {
			hint = "no visible catalog defines it; catalog roles are written <catalog>.<Role>, e.g. lync2013.EdgeServer";
		} else if (type == Literals.LISTENING_ENDPOINT || type == Literals.PRODUCT) {
			hint = "no visible catalog defines it";
		} else {
			hint = "no " + what + " with this name or FQDN is declared in this file or a visible file";
		}
		String message = "Unknown " + what + " '" + context.getLinkText() + "' (" + hint + ")";
		return new DiagnosticMessage(message, Severity.ERROR, IssueCodes.UNRESOLVED_REFERENCE, context.getLinkText());
	}

	/** "catalog role", "server", "network zone" ... */
	public static String describe(EClass type) {
		if (type == Literals.ROLE_DEFINITION) {
			return "catalog role";
		}
		if (type == Literals.ADDRESSABLE) {
			return "element (server, interface, pool, VIP, zone, role or external party)";
		}
		if (type == Literals.LISTENING_ENDPOINT) {
			return "catalog endpoint";
		}
		StringBuilder b = new StringBuilder();
		for (char c : type.getName().toCharArray()) {
			if (Character.isUpperCase(c) && b.length() > 0) {
				b.append(' ');
			}
			b.append(Character.toLowerCase(c));
		}
		return b.toString().replace("dns", "DNS").replace("ipsec", "IPsec");
	}
}
