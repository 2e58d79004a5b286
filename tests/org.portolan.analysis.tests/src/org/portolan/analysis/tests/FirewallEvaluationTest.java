package org.portolan.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.allow;
import static org.portolan.testsupport.TopologyBuilder.any;
import static org.portolan.testsupport.TopologyBuilder.address;
import static org.portolan.testsupport.TopologyBuilder.deny;
import static org.portolan.testsupport.TopologyBuilder.element;
import static org.portolan.testsupport.TopologyBuilder.interfaceIn;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.FirewallEvaluation.Verdict;
import org.portolan.analysis.PortSet;
import org.portolan.model.FirewallRule;
import org.portolan.model.InterfaceSide;
import org.portolan.model.RuleAction;
import org.portolan.model.RuleDirection;
import org.portolan.model.Transport;

class FirewallEvaluationTest {

	private static List<Verdict> verdictsOf(LyncEdgeScenario s, Object origin) {
		return FirewallEvaluation.evaluate(s.b.flows()).verdicts().stream().filter(v -> v.flow().origin() == origin)
				.toList();
	}

	@Test
	void allowRuleToTheNatPublicAddressLetsTheClientFlowThrough() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		FirewallRule rule = allow(s.fwExt, "sip-443", Transport.TCP, "443", any(), address("203.0.113.10"));
		FirewallEvaluation eval = FirewallEvaluation.evaluate(s.b.flows());
		Verdict v = eval.verdicts().stream().filter(x -> x.flow().origin() == s.clientToAccessEdge).findFirst()
				.orElseThrow();

		assertTrue(v.blocked().isEmpty());
		assertEquals(PortSet.of(443), eval.portsAllowedBy(rule));
	}

	@Test
	void ruleNamingOnlyThePrivateAddressOfAnotherHostDoesNotAllow() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		allow(s.fwExt, "wrong-host", Transport.TCP, "443", any(), address("10.0.1.99"));
		Verdict v = verdictsOf(s, s.clientToAccessEdge).get(0);
		assertEquals(PortSet.of(443), v.blocked());
		assertEquals(null, v.blockingRule(), "blocked by the default action");
	}

	@Test
	void firstMatchingRuleWinsSoAnEarlierDenyBlocks() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		FirewallRule denyAll = deny(s.fwExt, "deny-all", Transport.ANY, "any", any(), any());
		allow(s.fwExt, "sip-443", Transport.TCP, "443", any(), element(s.edge));
		Verdict v = verdictsOf(s, s.clientToAccessEdge).get(0);
		assertTrue(v.isBlocked());
		assertSame(denyAll, v.blockingRule());

		s.fwExt.getRules().move(1, 0); // allow first
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).blocked().isEmpty());
	}

	@Test
	void portRangeSplitAcrossTwoAllowRulesIsFullyAllowedButAGapIsReported() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		var media = s.b.path(s.any, s.accessEdge, "RTP", Transport.TCP, "50000-59999", InterfaceSide.EXTERNAL, "003",
				"116-121");
		allow(s.fwExt, "media-low", Transport.TCP, "50000-54999", any(), element(s.edge));
		FirewallRule high = allow(s.fwExt, "media-high", Transport.TCP, "55000-59000", any(), element(s.edge));
		Verdict v = verdictsOf(s, media).get(0);
		assertEquals(PortSet.range(59001, 59999), v.blocked());

		high.getPorts().getRanges().get(0).setEnd(59999);
		assertTrue(verdictsOf(s, media).get(0).blocked().isEmpty());
	}

	@Test
	void reverseDirectionRuleDoesNotAllowTheFlow() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		// allows the Edge to open 443 towards the Internet, not the Internet towards the Edge
		allow(s.fwExt, "edge-out-443", Transport.TCP, "443", element(s.edge), any());
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).isBlocked());
	}

	@Test
	void interfaceBoundRuleAppliesOnlyInItsDirection() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		FirewallRule rule = allow(s.fwExt, "in-443", Transport.TCP, "443", any(), any());
		rule.setOnInterface(interfaceIn(s.fwExt, s.internet));
		rule.setDirection(RuleDirection.OUTBOUND); // leaving towards the Internet: wrong way
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).isBlocked());

		rule.setDirection(RuleDirection.INBOUND); // entering from the Internet
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).blocked().isEmpty());
	}

	@Test
	void tcpAndUdpFlowNeedsBothTransportsAllowed() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		var stun = s.b.path(s.any, s.accessEdge, "STUN", Transport.TCP_UDP, "3478", InterfaceSide.EXTERNAL, "003",
				"134-139");
		allow(s.fwExt, "stun-udp", Transport.UDP, "3478", any(), element(s.edge));
		List<Verdict> verdicts = verdictsOf(s, stun);
		assertEquals(2, verdicts.size());
		assertEquals(List.of(Transport.TCP), verdicts.stream().filter(Verdict::isBlocked).map(Verdict::transport).toList());

		allow(s.fwExt, "stun-both", Transport.TCP_UDP, "3478", any(), element(s.edge));
		assertTrue(verdictsOf(s, stun).stream().noneMatch(Verdict::isBlocked));
	}

	@Test
	void disabledRulesAreIgnoredAndDefaultAllowLetsEverythingThrough() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		FirewallRule rule = allow(s.fwExt, "sip-443", Transport.TCP, "443", any(), element(s.edge));
		rule.setEnabled(false);
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).isBlocked());
		s.fwExt.setDefaultAction(RuleAction.ALLOW);
		assertTrue(verdictsOf(s, s.clientToAccessEdge).get(0).blocked().isEmpty());
	}
}
