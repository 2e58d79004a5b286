package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.portolan.model.Certificate;
import org.portolan.model.IssuerKind;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationSettings;
import org.portolan.validation.ValidationSettings.Level;

/**
 * Severity overrides and the go-live date of {@link ValidationSettings}: applied by PortolanValidation.validate and
 * by the EValidator (from the Diagnostician context map or the current settings), read from properties.
 */
class ValidationSettingsTest {

	@AfterEach
	void resetCurrent() {
		ValidationSettings.setCurrent(null);
	}

	/** Exchange 2010 with the Edge joined to the domain: one EXCH-EDGE-001 warning. */
	private static Scenarios.Exchange2010 edgeInDomain() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		s.edge1.setDomain(s.domain);
		return s;
	}

	@Test
	void overridesChangeOrDropTheFindingsOfARule() {
		Scenarios.Exchange2010 s = edgeInDomain();
		List<Finding> plain = PortolanValidation.validate(s.b.topology);
		assertEquals(List.of("EXCH-EDGE-001"), plain.stream().map(Finding::ruleId).toList());
		assertEquals(Severity.WARNING, plain.get(0).severity());

		ValidationSettings error = ValidationSettings.DEFAULTS.withSeverity("EXCH-EDGE-001", Level.ERROR);
		List<Finding> raised = PortolanValidation.validate(s.b.topology, error);
		assertEquals(1, raised.size());
		assertEquals(Severity.ERROR, raised.get(0).severity());
		assertEquals(plain.get(0).message(), raised.get(0).message());
		assertSame(s.edge1, raised.get(0).target());

		assertEquals(List.of(), PortolanValidation.validate(s.b.topology, error.withSeverity("EXCH-EDGE-001", Level.IGNORE)));
		assertEquals(plain.size(), PortolanValidation.validate(s.b.topology, error.withSeverity("EXCH-EDGE-001", null)).size());
		assertThrows(IllegalArgumentException.class, () -> ValidationSettings.DEFAULTS.withSeverity("NO-SUCH-001", Level.INFO));
	}

	@Test
	void theEValidatorUsesTheContextsSettingsElseTheCurrentOnes() {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		PortolanValidation.register(registry);
		Diagnostician diagnostician = new Diagnostician(registry);
		Scenarios.Exchange2010 s = edgeInDomain();

		assertEquals(List.of(Diagnostic.WARNING), severities(diagnostician, s, new HashMap<>()));
		ValidationSettings.setCurrent(ValidationSettings.DEFAULTS.withSeverity("EXCH-EDGE-001", Level.ERROR));
		assertEquals(List.of(Diagnostic.ERROR), severities(diagnostician, s, new HashMap<>()), "the workbench's settings");
		Map<Object, Object> context = new HashMap<>();
		context.put(ValidationSettings.CONTEXT_KEY, ValidationSettings.DEFAULTS.withSeverity("EXCH-EDGE-001", Level.IGNORE));
		assertEquals(List.of(), severities(diagnostician, s, context), "a run's own settings win");
	}

	private static List<Integer> severities(Diagnostician diagnostician, Scenarios.Exchange2010 s, Map<Object, Object> context) {
		BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(s.b.topology);
		diagnostician.validate(s.b.topology, chain, context);
		return chain.getChildren().stream().filter(d -> PortolanValidation.ruleId(d) != null).map(Diagnostic::getSeverity).toList();
	}

	@Test
	void goLiveDateOfTheSettingsAppliesOnlyWhenTheTopologyHasNone() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Certificate cert = s.b.certificate("web", IssuerKind.PUBLIC, "mail.contoso.com");
		cert.setNotBefore("2025-01-01");
		cert.setNotAfter("2026-06-30");
		ValidationSettings later = ValidationSettings.DEFAULTS.withGoLiveDate(LocalDate.of(2026, 12, 1));
		assertEquals(List.of(), ruleFindings(PortolanValidation.validate(s.b.topology), "CERT-VALID-001"), "no date: nothing to check");
		List<Finding> expired = ruleFindings(PortolanValidation.validate(s.b.topology, later), "CERT-VALID-001");
		assertEquals(1, expired.size(), expired.toString());
		assertSame(cert, expired.get(0).target());
		assertTrue(expired.get(0).message().contains("2026-12-01") && expired.get(0).message().contains("validation settings"),
				expired.get(0).message());
		s.b.topology.setPlannedGoLiveDate("2026-03-01"); // the model's own date wins
		assertEquals(List.of(), ruleFindings(PortolanValidation.validate(s.b.topology, later), "CERT-VALID-001"));
	}

	private static List<Finding> ruleFindings(List<Finding> all, String id) {
		return all.stream().filter(f -> f.ruleId().equals(id)).toList();
	}

	@Test
	void propertiesRoundTripAndRejectUnknownEntries() {
		Properties p = new Properties();
		p.setProperty("eclipse.preferences.version", "1");
		p.setProperty("severity.FW-PORT-002", "ignore");
		p.setProperty("severity.WIN-RDP-001", "Warning");
		p.setProperty("goLiveDate", "2026-12-01");
		ValidationSettings settings = ValidationSettings.fromProperties(p);
		assertEquals(Map.of("FW-PORT-002", Level.IGNORE, "WIN-RDP-001", Level.WARNING), settings.severities());
		assertEquals(LocalDate.of(2026, 12, 1), settings.goLiveDate());
		assertEquals(settings, ValidationSettings.fromProperties(settings.toProperties()));
		assertNull(settings.override("FW-PORT-001"));

		for (String[] bad : new String[][] { { "severity.NO-SUCH-001", "info" }, { "severity.FW-PORT-001", "fatal" },
				{ "goLiveDate", "1.12.2026" }, { "severities.FW-PORT-001", "info" } }) {
			Properties q = new Properties();
			q.setProperty(bad[0], bad[1]);
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValidationSettings.fromProperties(q),
					String.join("=", bad));
			assertTrue(e.getMessage().contains(bad[1]) || e.getMessage().contains(bad[0].replace("severity.", "")), e.getMessage());
		}
	}
}
