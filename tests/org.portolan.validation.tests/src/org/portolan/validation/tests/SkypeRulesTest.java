package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOn;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.LoadBalancingKind;
import org.portolan.testsupport.TopologyBuilder;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/** Oracle tests for SFB2015-HLB-001, SFB2015-IPSEC-001, SFB2015-CLIENT-001, SFB2015-NET-005. */
class SkypeRulesTest {

	@Test
	void hlb001DnsFrontEndPoolWithoutHlbFor8080() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		assertNone(s.b.topology, "SFB2015-HLB-001");
		s.feWebVip.getPorts().removeIf(p -> p.getPorts().getPorts().contains(8080));
		Finding f = assertOne(s.b.topology, "SFB2015-HLB-001", s.fePool, Severity.ERROR);
		assertTrue(f.message().contains("8080") && !f.message().contains("port(s) 80,"), f.message());
	}

	@Test
	void hlb001DirectorPoolWithoutAnyHlb() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		s.dirPool.getVirtualIps().clear();
		s.b.topology.getLoadBalancers().get(0).getPools().remove(s.dirPool);
		Finding f = assertOne(s.b.topology, "SFB2015-HLB-001", s.dirPool, Severity.ERROR);
		assertTrue(f.message().contains("443, 4443"), f.message());

		s.dirPool.setLoadBalancing(LoadBalancingKind.HARDWARE); // HLB-only pools are SFB2015-HLB-002's business
		assertNone(s.b.topology, "SFB2015-HLB-001");
	}

	@Test
	void ipsec001MissingTcpMediaExemption() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		assertNone(s.b.topology, "SFB2015-IPSEC-001");
		s.ipsec.getExemptions().remove(s.tcpMedia);
		// both Front End servers are media servers; the Director is not
		assertOn(s.b.topology, "SFB2015-IPSEC-001", s.ipsec, s.ipsec);

		s.ipsec.getExemptions().add(s.tcpMedia);
		s.tcpMedia.setPorts(TopologyBuilder.ports("50000-50999"));
		assertOn(s.b.topology, "SFB2015-IPSEC-001", s.ipsec, s.ipsec);
	}

	@Test
	void client001NineteenAudioPorts() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		assertNone(s.b.topology, "SFB2015-CLIENT-001");
		s.deployment.setAudioPorts(TopologyBuilder.ports("50020-50038"));
		Finding f = assertOne(s.b.topology, "SFB2015-CLIENT-001", s.deployment, Severity.ERROR);
		assertTrue(f.message().contains("19 audio"), f.message());
	}

	@Test
	void net005WindowsFirewallDisabled() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		assertNone(s.b.topology, "SFB2015-NET-005");
		s.fe2.setHostFirewallEnabled(false);
		assertOne(s.b.topology, "SFB2015-NET-005", s.fe2, Severity.WARNING);
	}

	@Test
	void ipsec001NarrowExemptionsMustCoverEachRolesMediaRange() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		// Front End terminates audio 49152-57500 and video 57501-65535 (004 L65, L95): video only is not enough
		s.udpMedia.setPorts(TopologyBuilder.ports("57501-65535"));
		s.tcpMedia.setPorts(TopologyBuilder.ports("57501-65535"));
		Finding f = assertOn(s.b.topology, "SFB2015-IPSEC-001", s.ipsec, s.ipsec).get(0);
		assertTrue(f.message().contains("49152-57500") && f.message().contains("fe1"), f.message());

		s.udpMedia.setPorts(TopologyBuilder.ports("49152-65535"));
		s.tcpMedia.setPorts(TopologyBuilder.ports("49152-65535"));
		assertNone(s.b.topology, "SFB2015-IPSEC-001");
	}

	@Test
	void exchangeFrontEndIsNotALyncFrontEnd() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		var exchange2003 = s.b.product("Exchange Server 2000/2003", "2000/2003");
		var exchangeFrontEnd = s.b.role("FrontEnd", org.portolan.model.RoleKind.SERVER_ROLE, exchange2003);
		var owaFe = s.server("owa-fe", "10.0.0.40", exchangeFrontEnd);
		s.b.pool("owa-fe-pool", "owa.contoso.com", LoadBalancingKind.DNS, owaFe);
		s.ipsec.getExemptions().clear(); // IPsec on an Exchange front end needs no media exemption
		s.ipsec.getScope().clear();
		s.ipsec.getScope().add(owaFe);
		assertNone(s.b.topology, "SFB2015-IPSEC-001");
		assertNone(s.b.topology, "SFB2015-HLB-001");
	}
}
