package org.portolan.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.parsetree.reconstr.impl.DefaultTransientValueService;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanPackage;

/** The serializer writes no value for kinds that the text form implies (see {@link PortolanResource}). */
public class PortolanTransientValues extends DefaultTransientValueService {

	@Override
	public boolean isTransient(EObject owner, EStructuralFeature feature, int index) {
		if (feature == PortolanPackage.Literals.ADDRESS_SPEC__KIND) {
			return true;
		}
		if (feature == PortolanPackage.Literals.PORT_SPEC__KIND) {
			return PortolanResource.isFormDerived(((PortSpec) owner).getKind());
		}
		return super.isTransient(owner, feature, index);
	}
}
