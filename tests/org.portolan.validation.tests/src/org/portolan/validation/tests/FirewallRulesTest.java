package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.allow;
import static org.portolan.testsupport.TopologyBuilder.any;
import static org.portolan.testsupport.TopologyBuilder.deny;
import static org.portolan.testsupport.TopologyBuilder.element;
import static org.portolan.testsupport.TopologyBuilder.nic;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOn;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallKind;
import org.portolan.model.FirewallRule;
import org.portolan.model.NetworkZone;
import org.portolan.model.Transport;
import org.portolan.model.ZoneKind;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/** Oracle tests for FW-PORT-001, FW-PORT-002, EXCH2010-NET-002, EXCH2010-NET-003. */
class FirewallRulesTest {

	@Test
	void fwPort001MissingAllowRuleForEdgeToHubSmtp() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "FW-PORT-001");

		s.fwInt.getRules().remove(s.edgeToHub);
		Finding f = assertOne(s.b.topology, "FW-PORT-001", s.fwInt, Severity.ERROR);
		assertTrue(f.message().contains("edge1") && f.message().contains("hub1") && f.message().contains("25"),
				f.message());
		assertTrue(f.message().contains("001 L41-49"), "cites the data path source: " + f.message());
		assertTrue(f.related().contains(s.edge1) && f.related().contains(s.hub1));
	}

	@Test
	void fwPort001EarlierDenyRuleBlocksEdgeSyncAndIsNamed() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		FirewallRule denyLdaps = deny(s.fwInt, "deny-ldaps", Transport.TCP, "50636", any(), any());
		s.fwInt.getRules().move(0, denyLdaps);
		Finding f = assertOne(s.b.topology, "FW-PORT-001", s.fwInt, Severity.ERROR);
		assertTrue(f.message().contains("50636") && f.message().contains("deny-ldaps"), f.message());
		assertTrue(f.related().contains(denyLdaps));
	}

	@Test
	void fwPort002UnusedAllowRuleAndAnyPortRule() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "FW-PORT-002");

		FirewallRule rdp = allow(s.fwInt, "rdp-to-edge", Transport.TCP, "3389", any(), element(s.edge1));
		assertOne(s.b.topology, "FW-PORT-002", rdp, Severity.WARNING);

		s.fwInt.getRules().remove(rdp);
		s.edgeToHub.setPorts(org.portolan.testsupport.TopologyBuilder.ports("any"));
		Finding f = assertOne(s.b.topology, "FW-PORT-002", s.edgeToHub, Severity.WARNING);
		assertTrue(f.message().contains("any port") && f.message().contains("need only 25"), f.message());
		assertNone(s.b.topology, "FW-PORT-001");
	}

	@Test
	void exch2010Net003FirewallBetweenClientAccessAndTheOtherExchangeServersAndAd() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH2010-NET-003");

		NetworkZone casZone = s.b.zone("cas-segment", ZoneKind.INTERNAL);
		Firewall core = s.b.firewall("fw-core", s.corp, casZone);
		s.cas1.getInterfaces().get(0).setZone(casZone);
		// Exchange servers cas1 | mbx1, hub1 and Mailbox/Client Access cas1 | domain controller dc1
		var findings = assertOn(s.b.topology, "EXCH2010-NET-003", core, core);
		assertTrue(findings.get(0).message().contains("'cas1'") && findings.get(0).message().contains("'mbx1'")
				&& findings.get(0).message().contains("'hub1'"), findings.get(0).message());
		assertTrue(findings.get(1).message().contains("'dc1'"), findings.get(1).message());

		core.setKind(FirewallKind.ROUTER);
		assertNone(s.b.topology, "EXCH2010-NET-003");
	}

	@Test
	void exch2010Net003EdgeTransportInThePerimeterIsTheDesignedException() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		// fw-int separates edge1 from the Hub: not reported
		assertNone(s.b.topology, "EXCH2010-NET-003");
		Firewall second = s.b.firewall("fw-mbx", s.corp, s.b.zone("mbx-segment", ZoneKind.INTERNAL));
		nic(s.mbx1, "10.9.0.10", second.getInterfaces().get(1).getZone());
		s.mbx1.getInterfaces().remove(0);
		assertOn(s.b.topology, "EXCH2010-NET-003", second, second);
	}

	@Test
	void exch2010Net002HostFirewallDenyBetweenExchangeServers() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH2010-NET-002");

		FirewallRule hostDeny = org.portolan.testsupport.TopologyBuilder.F.createFirewallRule();
		hostDeny.setName("block-cas-rpc");
		hostDeny.setAction(org.portolan.model.RuleAction.DENY);
		hostDeny.setTransport(Transport.TCP);
		hostDeny.setPorts(org.portolan.testsupport.TopologyBuilder.ports("135"));
		hostDeny.getSources().add(element(s.cas1));
		s.mbx1.getHostFirewallRules().add(hostDeny);
		assertOne(s.b.topology, "EXCH2010-NET-002", hostDeny, Severity.ERROR);

		hostDeny.setEnabled(false);
		assertNone(s.b.topology, "EXCH2010-NET-002");
	}
}
