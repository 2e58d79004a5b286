package org.portolan.validation.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.PortSet;
import org.portolan.analysis.RequiredFlow;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.IpsecExemption;
import org.portolan.model.IpsecFilter;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.IpsecRule;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.validation.ValidationContext;

/**
 * The Exchange 2003 front end to back end flows of the flow analysis (HTTP 80, POP3 110, IMAP4 143: seed 002) and
 * whether an IPsec policy protects them: its scope covers both servers, one of its rules (if it lists any) covers the
 * flow's transport and ports, and no exemption of the policy covers them. Shared by EXCH2003-IPSEC-001 and -003.
 */
final class Exchange2003FrontEndTraffic {

	/** One front end / back end server pair and its unprotected flows. */
	record Pair(Server frontEnd, Server backEnd, List<RequiredFlow> flows) {
	}

	private Exchange2003FrontEndTraffic() {
	}

	static boolean isExchange2003(RoleInstance ri, String canonical) {
		return RoleNames.isVersion(ri, "2003") && RoleNames.productText(ri).contains("exchange") && RoleNames.is(ri, canonical);
	}

	static boolean has(Server s, String canonical) {
		return s != null && s.getRoles().stream().anyMatch(r -> isExchange2003(r, canonical));
	}

	/** Unprotected FE -> BE flows whose ports intersect {@code ports}, grouped per server pair in flow order. */
	static Map<List<Server>, Pair> unprotected(ValidationContext context, PortSet ports) {
		Map<List<Server>, Pair> result = new LinkedHashMap<>();
		for (RequiredFlow f : context.flows().all()) {
			Server fe = Servers.of(f.from());
			if (!has(fe, "frontend") || f.portless() || f.ports().intersect(ports).isEmpty()) {
				continue;
			}
			Set<Server> backEnds = new LinkedHashSet<>();
			Server direct = Servers.of(f.to());
			if (direct != null) {
				backEnds.add(direct);
			} else if (f.to().party() != null) {
				backEnds.addAll(Servers.covered(f.to().party()));
			}
			for (Server be : backEnds) {
				if (has(be, "backend") && !protectedBy(context, fe, be, f)) {
					result.computeIfAbsent(List.of(fe, be), k -> new Pair(fe, be, new java.util.ArrayList<>())).flows().add(f);
				}
			}
		}
		return result;
	}

	private static boolean covers(List<Addressable> scope, Server s) {
		return scope.stream().anyMatch(a -> Servers.denotes(a, s));
	}

	private static boolean filterCovers(IpsecFilter filter, RequiredFlow f) {
		Transport t = filter.getTransport();
		boolean transport = t == Transport.ANY || t == Transport.UNSPECIFIED || t == f.transport()
				|| (t == Transport.TCP_UDP && (f.transport() == Transport.TCP || f.transport() == Transport.UDP));
		return transport && FirewallEvaluation.rulePorts(filter.getPorts()).containsAll(f.ports());
	}

	static boolean protectedBy(ValidationContext context, Server fe, Server be, RequiredFlow f) {
		for (IpsecPolicy p : context.topology().getIpsecPolicies()) {
			if (!covers(p.getScope(), fe) || !covers(p.getScope(), be)) {
				continue;
			}
			boolean ruled = p.getRules().isEmpty();
			for (IpsecRule r : p.getRules()) {
				ruled |= filterCovers(r, f);
			}
			boolean exempt = false;
			for (IpsecExemption e : p.getExemptions()) {
				exempt |= filterCovers(e, f) && (e.getPeers().isEmpty() || covers(e.getPeers(), fe) || covers(e.getPeers(), be));
			}
			if (ruled && !exempt) {
				return true;
			}
		}
		return false;
	}
}
