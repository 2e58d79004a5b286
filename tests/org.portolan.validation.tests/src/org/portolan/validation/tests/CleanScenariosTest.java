package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;

/** The clean models the oracle tests start from have no finding at all (so a planted defect is the only cause). */
class CleanScenariosTest {

	private static void assertClean(Topology t) {
		List<Finding> findings = PortolanValidation.validate(t);
		assertEquals(List.of(), findings, "clean model " + t.getName());
	}

	@Test
	void exchange2010OrganizationWithSubscribedEdgeIsClean() {
		assertClean(new Scenarios.Exchange2010().b.topology);
	}

	@Test
	void exchange2007SingleServerWithoutEdgeIsClean() {
		assertClean(new Scenarios.Exchange2007().b.topology);
	}

	@Test
	void clientAccessWithPublicCertificateIsClean() {
		assertClean(new Scenarios.ClientAccessCertificates().b.topology);
	}

	@Test
	void mediationServerWithOneTlsGatewayIsClean() {
		assertClean(new Scenarios.Mediation().b.topology);
	}

	@Test
	void skypePoolsWithWebLoadBalancersAndIpsecExemptionsAreClean() {
		assertClean(new Scenarios.Skype2015().b.topology);
	}

	@Test
	void directoryWithDefaultPasswordPolicyIsClean() {
		assertClean(new Scenarios.Directory().b.topology);
	}

	@Test
	void everyRuleHasAStableUniqueIdSourceAndTitle() {
		List<String> ids = PortolanValidation.rules().stream().map(r -> r.info().id()).toList();
		assertEquals(ids.size(), ids.stream().distinct().count(), "ids are unique: " + ids);
		for (var r : PortolanValidation.rules()) {
			assertEquals(false, r.info().source().isBlank(), r.info().id());
			assertEquals(false, r.info().title().isBlank(), r.info().id());
		}
	}
}
