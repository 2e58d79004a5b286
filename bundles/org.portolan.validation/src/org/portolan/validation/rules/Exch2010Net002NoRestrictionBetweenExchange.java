package org.portolan.validation.rules;

import java.util.List;

import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.NetworkInterface;
import org.portolan.model.RuleAction;
import org.portolan.model.Server;
import org.portolan.analysis.Ipv4;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-NET-002: traffic between Exchange 2010 servers must not be restricted. Reported on every enabled deny
 * rule — in the host firewall of an Exchange 2010 server, or in a network firewall — whose sources name (or contain)
 * one Exchange 2010 server and whose destinations name another (for host rules the destination is the host itself).
 * A deny rule with source "any" on an Exchange server's host firewall also restricts the other Exchange servers.
 */
public final class Exch2010Net002NoRestrictionBetweenExchange extends AbstractRule {

	public Exch2010Net002NoRestrictionBetweenExchange() {
		super("EXCH2010-NET-002", RuleCategory.FIREWALL, Severity.ERROR,
				"No traffic restriction between Exchange 2010 servers; all defined ports open in both directions",
				"001 L613");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> exchange = context.topology().getServers().stream()
				.filter(Exch2010Net003NoFirewallBetweenExchange::isExchange2010).toList();
		if (exchange.size() < 2) {
			return;
		}
		for (Server host : exchange) {
			for (FirewallRule rule : host.getHostFirewallRules()) {
				if (!rule.isEnabled() || rule.getAction() != RuleAction.DENY) {
					continue;
				}
				for (Server other : exchange) {
					if (other != host && matchesAny(rule.getSources(), other)) {
						findings.add(info(), rule, "Host firewall rule " + q(rule) + " on Exchange 2010 server "
								+ q(host) + " denies traffic from Exchange 2010 server " + q(other)
								+ "; do not restrict traffic between Exchange servers" + cite(), host, other);
						break;
					}
				}
			}
		}
		for (Firewall fw : context.topology().getFirewalls()) {
			for (FirewallRule rule : fw.getRules()) {
				if (!rule.isEnabled() || rule.getAction() != RuleAction.DENY || rule.getSources().isEmpty()
						|| rule.getDestinations().isEmpty()) {
					continue;
				}
				outer: for (Server a : exchange) {
					if (!matchesExplicitly(rule.getSources(), a)) {
						continue;
					}
					for (Server b : exchange) {
						if (b != a && matchesExplicitly(rule.getDestinations(), b)) {
							findings.add(info(), rule, "Rule " + q(rule) + " on firewall " + q(fw)
									+ " denies traffic from Exchange 2010 server " + q(a) + " to " + q(b)
									+ "; do not restrict traffic between Exchange servers" + cite(), fw, a, b);
							break outer;
						}
					}
				}
			}
		}
	}

	private static boolean matchesAny(List<AddressSpec> specs, Server s) {
		return specs.isEmpty() || specs.stream().anyMatch(spec -> spec.getKind() == AddressKind.ANY || names(spec, s));
	}

	private static boolean matchesExplicitly(List<AddressSpec> specs, Server s) {
		return specs.stream().anyMatch(spec -> names(spec, s));
	}

	/** Whether the spec names the server, one of its interfaces or contains one of its addresses. */
	static boolean names(AddressSpec spec, Server s) {
		switch (spec.getKind()) {
		case ELEMENT:
			return spec.getElement() == s || s.getInterfaces().contains(spec.getElement())
					|| s.getRoles().contains(spec.getElement());
		case ADDRESS:
		case CIDR:
		case RANGE:
			for (NetworkInterface nic : s.getInterfaces()) {
				String a = nic.getIpAddress();
				if (a == null) {
					continue;
				}
				if (spec.getKind() == AddressKind.ADDRESS && a.equals(spec.getAddress())
						|| spec.getKind() == AddressKind.CIDR && Ipv4.cidrContains(spec.getAddress(), a, false)
						|| spec.getKind() == AddressKind.RANGE && Ipv4.rangeContains(spec.getAddress(), a)) {
					return true;
				}
			}
			return false;
		default:
			return false;
		}
	}
}
