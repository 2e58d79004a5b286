package org.portolan.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.portolan.model.Topology;

/**
 * The rules as an EMF {@link EValidator}: when the Diagnostician reaches a {@link Topology}, every rule runs once on
 * it (flows are cached per topology in the run's context map); each finding becomes a diagnostic whose data[0] is the
 * element it is about and data[1] the rule id. Other elements are validated through their topology.
 */
public final class PortolanRuleValidator implements EValidator {

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(eObject instanceof Topology topology)) {
			return true;
		}
		if (context != null && context.put(new RanOn(topology), Boolean.TRUE) != null) {
			// Already run on this topology in this validation run: a registry composed more than once (Xtext wraps
			// the registered validator in its composite, and registering again wraps that) must not double findings.
			return true;
		}
		boolean ok = true;
		for (Finding f : PortolanValidation.validate(PortolanValidation.contextFor(topology, context))) {
			if (f.severity() == Severity.ERROR) {
				ok = false;
			}
			if (diagnostics != null) {
				diagnostics.add(PortolanValidation.toDiagnostic(f));
			}
		}
		return ok;
	}

	/** Context key: the rules ran on this topology (identity, not equals). */
	private record RanOn(Topology topology) {
		@Override
		public boolean equals(Object o) {
			return o instanceof RanOn other && other.topology == topology;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(topology);
		}
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}
}
