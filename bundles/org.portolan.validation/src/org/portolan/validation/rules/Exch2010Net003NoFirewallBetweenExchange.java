package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Servers are grouped by zone (their first interface's): one finding per firewall on the path between two zones,
 * naming the servers on both sides — once for Exchange-Exchange, once for Mailbox/Client Access-AD.
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
		Map<NetworkZone, List<Server>> exchange = new LinkedHashMap<>();
		Map<NetworkZone, List<Server>> mailboxOrCas = new LinkedHashMap<>();
		Map<NetworkZone, List<Server>> directory = new LinkedHashMap<>();
		for (Server s : context.topology().getServers()) {
			NetworkZone z = ValidationContext.primaryZone(s);
			if (z == null) {
				continue;
			}
			if (isExchange2010(s)) {
				exchange.computeIfAbsent(z, k -> new ArrayList<>()).add(s);
				if (ValidationContext.has(s, RoleNames.MAILBOX) || ValidationContext.has(s, RoleNames.CLIENT_ACCESS)) {
					mailboxOrCas.computeIfAbsent(z, k -> new ArrayList<>()).add(s);
				}
			}
			if (ValidationContext.has(s, RoleNames.ACTIVE_DIRECTORY)) {
				directory.computeIfAbsent(z, k -> new ArrayList<>()).add(s);
			}
		}
		List<NetworkZone> exchangeZones = new ArrayList<>(exchange.keySet());
		for (int i = 0; i < exchangeZones.size(); i++) {
			for (int j = i + 1; j < exchangeZones.size(); j++) {
				report(context, findings, exchangeZones.get(i), exchangeZones.get(j), exchange, exchange,
						"Exchange 2010 servers", "Exchange 2010 servers");
			}
		}
		for (NetworkZone a : mailboxOrCas.keySet()) {
			for (NetworkZone b : directory.keySet()) {
				if (a != b) {
					report(context, findings, a, b, mailboxOrCas, directory, "Mailbox/Client Access servers",
							"domain controllers");
				}
			}
		}
	}

	private void report(ValidationContext context, Findings findings, NetworkZone a, NetworkZone b,
			Map<NetworkZone, List<Server>> left, Map<NetworkZone, List<Server>> right, String leftKind,
			String rightKind) {
		List<FirewallHop> path = context.flows().zonePath(a, b);
		if (path == null) {
			return;
		}
		Set<Firewall> reported = new LinkedHashSet<>();
		for (FirewallHop hop : path) {
			Firewall fw = hop.firewall();
			if (fw.getKind() == FirewallKind.ROUTER || !reported.add(fw)) {
				continue;
			}
			List<Server> l = left.get(a);
			List<Server> r = right.get(b);
			findings.add(info(), fw, "Firewall " + q(fw) + " filters traffic between " + leftKind + " "
					+ names(l) + " (zone " + q(a) + ") and " + rightKind + " " + names(r) + " (zone " + q(b)
					+ "); Exchange 2010 does not support firewalls between Exchange servers or between Mailbox/Client "
					+ "Access servers and Active Directory" + cite(), l.get(0), r.get(0));
		}
	}

	private static String names(List<Server> servers) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.min(5, servers.size()); i++) {
			names.add(q(servers.get(i)));
		}
		return names + (servers.size() > 5 ? " and " + (servers.size() - 5) + " more" : "");
	}
}
