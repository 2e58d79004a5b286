package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.portolan.analysis.PortSet;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.IpsecExemption;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.RoleInstance;
import org.portolan.model.RuleDirection;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * SFB2015-IPSEC-001: an IPsec policy covering a media server (Edge, Mediation, Front End, Unified Messaging) must
 * exempt its media traffic: for UDP and for TCP, inbound and outbound, an exemption whose ports include the server
 * media range 50000-59999 (004 L180-201 lists "any" ports) and that applies to that server (empty appliesTo = all).
 */
public final class Sfb2015Ipsec001MediaExemptions extends AbstractRule {

	/** Server media port range of SfB 2015 (rules.md SFB2015-PORT-005). */
	private static final PortSet MEDIA = PortSet.range(50000, 59999);

	public Sfb2015Ipsec001MediaExemptions() {
		super("SFB2015-IPSEC-001", RuleCategory.NETWORK, Severity.ERROR,
				"IPsec is disabled (exempted) on the audio/video port ranges of media servers", "004 L31, L180-201");
	}

	private static boolean isMediaServer(Server s) {
		for (RoleInstance ri : s.getRoles()) {
			if (RoleNames.is(ri, RoleNames.EDGE) || RoleNames.is(ri, RoleNames.MEDIATION)
					|| RoleNames.is(ri, RoleNames.FRONT_END) || RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING)) {
				return true;
			}
		}
		return false;
	}

	private static Set<Server> serversIn(ValidationContext context, Addressable a) {
		Set<Server> result = new LinkedHashSet<>();
		if (a instanceof Server s) {
			result.add(s);
		} else if (a instanceof Pool p) {
			result.addAll(p.getMembers());
		} else if (a instanceof RoleInstance ri && ri.eContainer() instanceof Server s) {
			result.add(s);
		} else if (a instanceof NetworkInterface nic && nic.eContainer() instanceof Server s) {
			result.add(s);
		} else if (a instanceof NetworkZone z) {
			for (Server s : context.topology().getServers()) {
				for (NetworkInterface nic : s.getInterfaces()) {
					if (nic.getZone() == z) {
						result.add(s);
					}
				}
			}
		}
		return result;
	}

	private static boolean covers(IpsecExemption e, Transport t, RuleDirection d) {
		boolean transport = e.getTransport() == t || e.getTransport() == Transport.ANY
				|| e.getTransport() == Transport.TCP_UDP;
		boolean direction = e.getDirection() == d || e.getDirection() == RuleDirection.BOTH;
		PortSet ports = e.getPorts() == null ? PortSet.ALL
				: switch (e.getPorts().getKind()) {
				case ANY, NOT_APPLICABLE -> PortSet.ALL;
				default -> PortSet.of(e.getPorts(), PortSet.DEFAULT_DYNAMIC);
				};
		return transport && direction && ports.containsAll(MEDIA);
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (IpsecPolicy policy : context.topology().getIpsecPolicies()) {
			Set<Server> scope = new LinkedHashSet<>();
			for (Addressable a : policy.getScope()) {
				scope.addAll(serversIn(context, a));
			}
			for (Server s : scope) {
				if (!isMediaServer(s)) {
					continue;
				}
				Set<String> missing = new LinkedHashSet<>();
				for (Transport t : new Transport[] { Transport.UDP, Transport.TCP }) {
					for (RuleDirection d : new RuleDirection[] { RuleDirection.INBOUND, RuleDirection.OUTBOUND }) {
						boolean ok = false;
						for (IpsecExemption e : policy.getExemptions()) {
							Set<Server> applies = new LinkedHashSet<>();
							for (Addressable a : e.getAppliesTo()) {
								applies.addAll(serversIn(context, a));
							}
							ok |= (e.getAppliesTo().isEmpty() || applies.contains(s)) && covers(e, t, d);
						}
						if (!ok) {
							missing.add(t.getLiteral() + " " + d.getLiteral().toLowerCase());
						}
					}
				}
				if (!missing.isEmpty()) {
					findings.add(info(), policy, "IPsec policy " + q(policy) + " covers media server " + q(s)
							+ " without exempting its media ports " + MEDIA + " for " + missing
							+ "; IPsec negotiation delays media port allocation" + cite(), s);
				}
			}
		}
	}
}
