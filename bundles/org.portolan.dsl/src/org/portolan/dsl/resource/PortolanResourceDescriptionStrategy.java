package org.portolan.dsl.resource;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports every named element under its qualified name and, for elements with an {@code fqdn}
 * (servers, pools, load balancers, VIPs, external parties), also under the FQDN, so that a topology
 * can refer to {@code mail.micro.com}.
 */
public class PortolanResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		boolean result = super.createEObjectDescriptions(eObject, acceptor);
		QualifiedName alias = fqdnAlias(eObject);
		if (alias != null) {
			acceptor.accept(EObjectDescription.create(alias, eObject));
		}
		return result;
	}

	/** The FQDN of {@code o} as a qualified name, or null. */
	public static QualifiedName fqdnAlias(EObject o) {
		EAttribute fqdn = o.eClass().getEAllAttributes().stream().filter(a -> "fqdn".equals(a.getName())).findFirst()
				.orElse(null);
		if (fqdn == null || fqdn.isMany()) {
			return null;
		}
		Object value = o.eGet(fqdn);
		if (!(value instanceof String s) || s.isBlank() || s.startsWith(".") || s.endsWith(".") || s.contains("..")
				|| s.contains(" ")) {
			return null;
		}
		return QualifiedName.create(s.split("\\."));
	}
}
