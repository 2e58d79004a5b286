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
		for (QualifiedName alias : aliases(eObject, getQualifiedNameProvider())) {
			acceptor.accept(EObjectDescription.create(alias, eObject));
		}
		return result;
	}

	/**
	 * Additional names of {@code o}: its FQDN (addressable elements and AD domains), and for an AD domain its name
	 * directly in the model's namespace ({@code domain micro} inside {@code forest micro} is {@code micro}).
	 */
	public static java.util.List<QualifiedName> aliases(EObject o, org.eclipse.xtext.naming.IQualifiedNameProvider names) {
		java.util.List<QualifiedName> result = new java.util.ArrayList<>(2);
		QualifiedName fqdn = fqdnAlias(o);
		if (fqdn != null) {
			result.add(fqdn);
		}
		if (o instanceof org.portolan.model.Domain d && d.getName() != null) {
			EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(o);
			QualifiedName rootName = root == o ? null : names.getFullyQualifiedName(root);
			if (rootName != null) {
				result.add(rootName.append(d.getName()));
			}
		}
		return result;
	}

	/** The FQDN of {@code o} as a qualified name, or null. */
	public static QualifiedName fqdnAlias(EObject o) {
		if (!(o instanceof org.portolan.model.Addressable) && !(o instanceof org.portolan.model.Domain)) {
			return null; // forests have FQDNs too, but are referred to by name
		}
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
