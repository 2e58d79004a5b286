package org.portolan.validation.tests;

import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.Architecture;
import org.portolan.model.RoleInstance;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Severity;

/** Oracle tests for the OCS 2007 R2 Mediation Server rules (OCS2007R2-MED-*). */
class MediationRulesTest {

	@Test
	void med002X86MediationServer() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-002");
		s.med1.setArchitecture(Architecture.X86);
		assertOne(s.b.topology, "OCS2007R2-MED-002", s.med1, Severity.ERROR);
	}

	@Test
	void med004MediationServerNotDomainMember() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-004");
		s.med1.setDomain(null);
		s.med1.setWorkgroup("WORKGROUP");
		assertOne(s.b.topology, "OCS2007R2-MED-004", s.med1, Severity.ERROR);
	}

	@Test
	void med007TcpGatewayLink() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-007");
		s.trunk.setTransport(SipTransport.TCP);
		assertOne(s.b.topology, "OCS2007R2-MED-007", s.trunk, Severity.WARNING);
	}

	@Test
	void med008SingleNetworkAdapter() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-008");
		s.med1.getInterfaces().get(1).setAdapter(s.med1.getInterfaces().get(0).getAdapter()); // two IPs, one NIC
		assertOne(s.b.topology, "OCS2007R2-MED-008", s.med1, Severity.WARNING);
	}

	@Test
	void med014NoGatewayIsAnErrorTwoGatewaysAWarning() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-014");
		SipTrunk second = s.trunk("med1-gw1-second");
		assertOne(s.b.topology, "OCS2007R2-MED-014", s.med1, Severity.WARNING);
		s.b.topology.getConnectors().remove(second);
		s.b.topology.getConnectors().remove(s.trunk);
		assertOne(s.b.topology, "OCS2007R2-MED-014", s.med1, Severity.ERROR);
	}

	@Test
	void med015MediationCollocatedWithFrontEnd() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-015");
		RoleInstance fe = install(s.med1, s.frontEnd, "2007 R2");
		assertOne(s.b.topology, "OCS2007R2-MED-015", fe, Severity.WARNING);
	}

	@Test
	void med006MediationServerWithoutCertificate() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-006");
		s.med1.getCertificates().clear();
		s.trunk.setTransport(SipTransport.TCP); // still needed: the internal side is always TLS
		assertOne(s.b.topology, "OCS2007R2-MED-006", s.med1, Severity.ERROR);
	}

	@Test
	void ev002LineUriMissingNotNormalizedOrDuplicated() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		var alice = org.portolan.testsupport.TopologyBuilder.F.createDomainUser();
		alice.setName("alice");
		alice.setEnterpriseVoiceEnabled(true);
		alice.setLineUri("tel:+14255550100;ext=1001");
		var bob = org.portolan.testsupport.TopologyBuilder.F.createDomainUser();
		bob.setName("bob");
		bob.setEnterpriseVoiceEnabled(true);
		bob.setLineUri("1002");
		s.domain.getUsers().add(alice);
		s.domain.getUsers().add(bob);
		assertNone(s.b.topology, "OCS2007R2-EV-002");

		bob.setLineUri("+1 (425) 555-0100");
		assertOne(s.b.topology, "OCS2007R2-EV-002", bob, Severity.ERROR);
		bob.setLineUri("+14255550100;ext=1001");
		assertOne(s.b.topology, "OCS2007R2-EV-002", bob, Severity.ERROR);
		bob.setLineUri(null);
		assertOne(s.b.topology, "OCS2007R2-EV-002", bob, Severity.ERROR);
		bob.setEnterpriseVoiceEnabled(false);
		assertNone(s.b.topology, "OCS2007R2-EV-002");
	}

	@Test
	void med016BelowMinimumHardware() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		s.med1.setCpuCores(2);
		s.med1.setMemoryMB(2048);
		s.med1.setDiskGB(30);
		assertNone(s.b.topology, "OCS2007R2-MED-016");
		s.med1.setMemoryMB(1024);
		var f = assertOne(s.b.topology, "OCS2007R2-MED-016", s.med1, Severity.WARNING);
		org.junit.jupiter.api.Assertions.assertTrue(f.message().contains("1024 MB RAM"), f.message());
	}
}
