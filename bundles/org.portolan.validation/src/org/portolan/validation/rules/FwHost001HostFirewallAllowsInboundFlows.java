package org.portolan.validation.rules;

import java.util.List;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.PortSet;
import org.portolan.analysis.RequiredFlow;
import org.portolan.model.AddressSpec;
import org.portolan.model.FirewallRule;
import org.portolan.model.RuleAction;
import org.portolan.model.RuleDirection;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * FW-HOST-001: a server's host firewall (Windows Firewall: {@code hostFirewallEnabled}, {@code hostFirewallRules})
 * lets the required inbound flows of the flow analysis reach it. The modeled rules are read top to bottom like network
 * rules (enabled, direction INBOUND or BOTH, transport, sources against the flow's source, destinations against the
 * server's end, ports); the first rule matching a port decides it. Ports no modeled rule decides are blocked only when
 * the server declares its host rules complete ({@code hostFirewallRulesComplete}, language
 * {@code host-firewall-complete true}: Windows Firewall blocks unsolicited inbound traffic by default); otherwise
 * product setups add rules that are not modeled (001 L1157, 004 L45-46) and only explicit deny rules are reported.
 * One finding per flow and transport, on the server (related: the deny rule, the source, the flow's origin).
 */
public final class FwHost001HostFirewallAllowsInboundFlows extends AbstractRule {

	public FwHost001HostFirewallAllowsInboundFlows() {
		super("FW-HOST-001", RuleCategory.FIREWALL, Severity.ERROR,
				"Every required inbound flow to a server is allowed by its host firewall",
				"the catalog data path or connector cited per flow; rules.md WIN-NET-002 (000 L1263), SFB2015-NET-005 (004 L45-46), "
						+ "EXCH2010-FW-005 (001 L1157)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (!s.isHostFirewallEnabled() || (s.getHostFirewallRules().isEmpty() && !s.isHostFirewallRulesComplete())) {
				continue;
			}
			for (RequiredFlow f : context.flows().all()) {
				if (Servers.of(f.to()) != s || Servers.of(f.from()) == s) {
					continue;
				}
				List<Transport> transports = f.transport() == Transport.TCP_UDP ? List.of(Transport.TCP, Transport.UDP)
						: List.of(f.transport());
				for (Transport t : transports) {
					check(s, f, t, findings);
				}
			}
		}
	}

	private void check(Server s, RequiredFlow f, Transport transport, Findings findings) {
		boolean portAgnostic = transport == Transport.ICMP || transport == Transport.IP_PROTOCOL;
		if (f.portless() && !portAgnostic) {
			return; // the source states no port: cannot be checked (as FW-PORT-001)
		}
		PortSet remaining = portAgnostic ? PortSet.of(0) : f.ports();
		PortSet blocked = PortSet.EMPTY;
		FirewallRule denyRule = null;
		for (FirewallRule rule : s.getHostFirewallRules()) {
			if (remaining.isEmpty()) {
				break;
			}
			if (!rule.isEnabled() || rule.getDirection() == RuleDirection.OUTBOUND || !transportMatches(rule, transport, f)
					|| !matches(rule.getSources(), f, true) || !matches(rule.getDestinations(), f, false)) {
				continue;
			}
			PortSet hit = portAgnostic ? remaining : remaining.intersect(FirewallEvaluation.rulePorts(rule.getPorts()));
			if (hit.isEmpty()) {
				continue;
			}
			if (rule.getAction() == RuleAction.DENY) {
				blocked = blocked.union(hit);
				if (denyRule == null) {
					denyRule = rule;
				}
			}
			remaining = remaining.minus(hit);
		}
		if (s.isHostFirewallRulesComplete()) {
			blocked = blocked.union(remaining);
		}
		if (blocked.isEmpty()) {
			return;
		}
		String what = transport == Transport.IP_PROTOCOL ? "IP protocol " + f.ipProtocol()
				: transport.getLiteral() + (portAgnostic ? "" : " port(s) " + blocked);
		String decidedBy = denyRule != null ? "denied by host rule " + q(denyRule)
				: "no modeled host rule allows it and the host rules are declared complete (inbound default: block)";
		findings.add(info(), s, "Host firewall of server " + q(s) + " blocks required inbound flow " + f.from().label()
				+ " -> " + f.to().label() + ": " + (f.appProtocol() == null ? "" : f.appProtocol() + " ") + what + "; "
				+ decidedBy + ". Needed for " + f.purpose() + " (source: " + f.citation() + ")", denyRule, f.from().party(),
				f.origin());
	}

	private static boolean transportMatches(FirewallRule rule, Transport flow, RequiredFlow f) {
		Transport r = rule.getTransport();
		if (r == Transport.ANY || r == Transport.UNSPECIFIED || r == flow) {
			return r != Transport.IP_PROTOCOL || rule.getIpProtocol() == f.ipProtocol();
		}
		return r == Transport.TCP_UDP && (flow == Transport.TCP || flow == Transport.UDP);
	}

	private static boolean matches(List<AddressSpec> specs, RequiredFlow f, boolean source) {
		if (specs.isEmpty()) {
			return true;
		}
		for (AddressSpec spec : specs) {
			if (FirewallEvaluation.addressMatches(spec, source ? f.from() : f.to())) {
				return true;
			}
		}
		return false;
	}
}
