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
}
