package org.portolan.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;

/** Runs the previously registered validator (EMF basic constraints or another contributor) and the Portolan rules. */
final class ComposedPortolanValidator implements EValidator {

	private final List<EValidator> validators;

	ComposedPortolanValidator(EValidator first, EValidator second) {
		this.validators = List.of(first, second);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (EValidator v : validators) {
			ok &= v.validate(eClass, eObject, diagnostics, context);
		}
		return ok;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = true;
		for (EValidator v : validators) {
			ok &= v.validate(eDataType, value, diagnostics, context);
		}
		return ok;
	}
}
