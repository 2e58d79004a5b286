package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.analysis.FirewallHop;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallKind;
import org.portolan.model.NetworkZone;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-NET-003: no firewall between Exchange 2010 servers, or between Exchange 2010 Mailbox/Client Access
 * servers and Active Directory. Edge Transport servers are the designed exception (perimeter, 25/50636 only;
 * rules.md marks that exception general knowledge). A device of kind ROUTER does not filter and is not reported.
 * One finding per firewall and pair of servers, on the firewall.
 */
public final class Exch2010Net003NoFirewallBetweenExchange extends AbstractRule {

	public Exch2010Net003NoFirewallBetweenExchange() {
		super("EXCH2010-NET-003", RuleCategory.FIREWALL, Severity.ERROR,
				"Firewalls between Exchange servers, or between Exchange 2010 Mailbox/Client Access and AD, are not supported",
				"001 L613");
	}

	static boolean isExchange2010(Server s) {
		return s.getRoles().stream().anyMatch(r -> RoleNames.isVersion(r, "2010")
				&& (RoleNames.is(r, RoleNames.MAILBOX) || RoleNames.is(r, RoleNames.CLIENT_ACCESS)
						|| RoleNames.is(r, RoleNames.HUB_TRANSPORT) || RoleNames.is(r, RoleNames.UNIFIED_MESSAGING)))
				&& !ValidationContext.has(s, RoleNames.EDGE_TRANSPORT);
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> exchange = new ArrayList<>();
		List<Server> directory = new ArrayList<>();
		for (Server s : context.topology().getServers()) {
			if (isExchange2010(s)) {
				exchange.add(s);
			}
			if (ValidationContext.has(s, RoleNames.ACTIVE_DIRECTORY)) {
				directory.add(s);
			}
		}
		Map<Firewall, List<String>> pairsByFirewall = new LinkedHashMap<>();
		Map<Firewall, Server> firstServer = new IdentityHashMap<>();
		for (int i = 0; i < exchange.size(); i++) {
			for (int j = i + 1; j < exchange.size(); j++) {
				record(context, exchange.get(i), exchange.get(j), pairsByFirewall, firstServer);
			}
			boolean mailboxOrCas = ValidationContext.has(exchange.get(i), RoleNames.MAILBOX)
					|| ValidationContext.has(exchange.get(i), RoleNames.CLIENT_ACCESS);
			if (mailboxOrCas) {
				for (Server dc : directory) {
					if (dc != exchange.get(i)) {
						record(context, exchange.get(i), dc, pairsByFirewall, firstServer);
					}
				}
			}
		}
		for (Map.Entry<Firewall, List<String>> e : pairsByFirewall.entrySet()) {
			for (String pair : e.getValue()) {
				findings.add(info(), e.getKey(), "Firewall " + q(e.getKey()) + " filters traffic between " + pair
						+ "; Exchange 2010 does not support firewalls between Exchange servers or between Mailbox/Client "
						+ "Access servers and Active Directory" + cite(), firstServer.get(e.getKey()));
			}
		}
	}

	private static void record(ValidationContext context, Server a, Server b, Map<Firewall, List<String>> out,
			Map<Firewall, Server> firstServer) {
		NetworkZone za = ValidationContext.primaryZone(a);
		NetworkZone zb = ValidationContext.primaryZone(b);
		List<FirewallHop> path = context.flows().zonePath(za, zb);
		if (path == null) {
			return;
		}
		for (FirewallHop hop : path) {
			if (hop.firewall().getKind() == FirewallKind.ROUTER) {
				continue;
			}
			List<String> pairs = out.computeIfAbsent(hop.firewall(), f -> new ArrayList<>());
			String pair = q(a) + " and " + q(b);
			if (!pairs.contains(pair)) {
				pairs.add(pair);
			}
			firstServer.putIfAbsent(hop.firewall(), a);
		}
	}
}
