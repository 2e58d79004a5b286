package org.portolan.dsl.scoping;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.MultimapBasedSelectable;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.portolan.dsl.resource.PortolanResourceDescriptionStrategy;

/**
 * Namespace-relative local scoping (in topology {@code micro.lab}, server {@code mail} is {@code mail}); elements
 * with an FQDN are also visible under their FQDN ({@code mail.micro.com}).
 */
public class PortolanLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		List<IEObjectDescription> all = new ArrayList<>();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(o);
			if (name != null) {
				all.add(EObjectDescription.create(name, o));
			}
			for (QualifiedName alias : PortolanResourceDescriptionStrategy.aliases(o, getQualifiedNameProvider())) {
				all.add(EObjectDescription.create(alias, o));
			}
		}
		return new MultimapBasedSelectable(all);
	}
}
