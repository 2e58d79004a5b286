package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.portolan.model.PortolanPackage;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.ValidationContext;

/** The rules reach EMF clients (editors, diagram, CLI) through the EValidator registry. */
class EValidatorRegistrationTest {

	private static List<Diagnostic> portolanDiagnostics(Diagnostic root) {
		return root.getChildren().stream().filter(d -> PortolanValidation.ruleId(d) != null).toList();
	}

	@Test
	void diagnosticianReportsRuleIdAndTargetElement() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		PortolanValidation.register(registry);
		PortolanValidation.register(registry); // idempotent
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		s.edge1.setDomain(s.domain);

		Diagnostician diagnostician = new Diagnostician(registry);
		Diagnostic result = diagnostician.validate(s.b.topology);
		List<Diagnostic> ours = portolanDiagnostics(result);

		assertEquals(1, ours.size(), ours.toString());
		Diagnostic d = ours.get(0);
		assertEquals("EXCH-EDGE-001", PortolanValidation.ruleId(d));
		assertSame(s.edge1, PortolanValidation.target(d));
		assertSame(s.edge1, d.getData().get(0), "data[0] is the element editors put the marker on");
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertTrue(d.getMessage().startsWith("[EXCH-EDGE-001]"));
	}

	@Test
	void registeringAgainOverAnotherFrameworksCompositeDoesNotDoubleFindings() {
		// Xtext wraps whatever is registered in its own composite validator; the workbench then registers again
		EValidator.Registry registry = new EValidatorRegistryImpl();
		PortolanValidation.register(registry);
		EValidator ours = (EValidator) registry.get(PortolanPackage.eINSTANCE);
		EValidator wrapper = new EValidator() {
			@Override
			public boolean validate(org.eclipse.emf.ecore.EObject o, org.eclipse.emf.common.util.DiagnosticChain d, Map<Object, Object> c) {
				return ours.validate(o, d, c);
			}

			@Override
			public boolean validate(org.eclipse.emf.ecore.EClass k, org.eclipse.emf.ecore.EObject o,
					org.eclipse.emf.common.util.DiagnosticChain d, Map<Object, Object> c) {
				return ours.validate(k, o, d, c);
			}

			@Override
			public boolean validate(org.eclipse.emf.ecore.EDataType t, Object v, org.eclipse.emf.common.util.DiagnosticChain d,
					Map<Object, Object> c) {
				return ours.validate(t, v, d, c);
			}
		};
		registry.put(PortolanPackage.eINSTANCE, wrapper);
		PortolanValidation.register(registry);
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		s.edge1.setDomain(s.domain);

		List<Diagnostic> found = portolanDiagnostics(new Diagnostician(registry).validate(s.b.topology));
		assertEquals(List.of("EXCH-EDGE-001"), found.stream().map(PortolanValidation::ruleId).toList(), "one finding, not two");
	}

	@Test
	void oneRunComputesTheFlowsOncePerTopology() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		PortolanValidation.register(registry);
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Map<Object, Object> context = new HashMap<>();
		Diagnostician diagnostician = new Diagnostician(registry);
		BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(s.b.topology);
		diagnostician.validate(s.b.topology, chain, context);

		@SuppressWarnings("unchecked")
		Map<Object, ValidationContext> cache = (Map<Object, ValidationContext>) context.get(PortolanValidation.CONTEXT_KEY);
		assertEquals(1, cache.size());
		ValidationContext run = cache.get(s.b.topology);
		assertSame(run.flows(), run.flows());
		assertEquals(3, run.flows().size(), "EdgeSync plus SMTP both ways: " + run.flows().all());
	}

	@Test
	void globalRegistrationKeepsEmfBasicConstraints() {
		PortolanValidation.register();
		Object registered = EValidator.Registry.INSTANCE.get(PortolanPackage.eINSTANCE);
		assertTrue(registered instanceof EValidator);
		Scenarios.Directory s = new Scenarios.Directory();
		s.policy.setHistorySize(30);
		Diagnostic result = Diagnostician.INSTANCE.validate(s.b.topology);
		assertEquals(List.of("WIN-PWD-001"), portolanDiagnostics(result).stream().map(PortolanValidation::ruleId).toList());
	}
}
