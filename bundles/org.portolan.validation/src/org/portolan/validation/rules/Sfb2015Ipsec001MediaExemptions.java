package org.portolan.validation.rules;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
 * SFB2015-IPSEC-001: an IPsec policy covering a Lync/SfB/OCS media server must exempt its media traffic: for UDP and
 * for TCP, inbound and outbound, exemptions that apply to that server (empty appliesTo = all) and together cover the
 * server's media ports. 004 L180-201 lists the exceptions with "any" port; narrower exemptions are accepted when they
 * cover the media range of the role: A/V Edge 50000-59999 (003 L104-127), Mediation 49152-57500, Front End
 * 49152-65535 (audio 49152-57500 and video 57501-65535, 004 L65, L95; rules.md SFB2015-PORT-005).
 */
public final class Sfb2015Ipsec001MediaExemptions extends AbstractRule {

	/** A/V Edge media ports (003 L104-127, 004 server ports). */
	private static final PortSet EDGE_MEDIA = PortSet.range(50000, 59999);
	/** Audio on all internal servers terminating audio, Mediation included (004 L95, rules.md SFB2015-PORT-005). */
	private static final PortSet AUDIO = PortSet.range(49152, 57500);
	/** Front End: audio 49152-57500 plus A/V Conferencing video 57501-65535 (004 L65, L95). */
	private static final PortSet FRONT_END_MEDIA = PortSet.range(49152, 65535);

	public Sfb2015Ipsec001MediaExemptions() {
		super("SFB2015-IPSEC-001", RuleCategory.NETWORK, Severity.ERROR,
				"IPsec is disabled (exempted) on the audio/video port ranges of media servers", "004 L31, L180-201");
	}

	/** Media ports the server's Lync/SfB/OCS roles terminate, empty if it has none. */
	private static PortSet mediaPorts(Server s) {
		PortSet.Builder b = new PortSet.Builder();
		for (RoleInstance ri : s.getRoles()) {
			if (!RoleNames.isCommunications(ri)) {
				continue;
			}
			if (RoleNames.is(ri, RoleNames.EDGE)) {
				b.addAll(EDGE_MEDIA);
			}
			if (RoleNames.is(ri, RoleNames.MEDIATION)) {
				b.addAll(AUDIO);
			}
			if (RoleNames.is(ri, RoleNames.FRONT_END)) {
				b.addAll(FRONT_END_MEDIA);
			}
		}
		return b.build();
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

	/** Ports the exemption exempts for transport t in direction d (empty if it does not apply). */
	private static PortSet exempted(IpsecExemption e, Transport t, RuleDirection d) {
		boolean transport = e.getTransport() == t || e.getTransport() == Transport.ANY
				|| e.getTransport() == Transport.TCP_UDP;
		boolean direction = e.getDirection() == d || e.getDirection() == RuleDirection.BOTH;
		if (!transport || !direction) {
			return PortSet.EMPTY;
		}
		return e.getPorts() == null ? PortSet.ALL
				: switch (e.getPorts().getKind()) {
				case ANY, NOT_APPLICABLE -> PortSet.ALL;
				default -> PortSet.of(e.getPorts(), PortSet.DEFAULT_DYNAMIC);
				};
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (IpsecPolicy policy : context.topology().getIpsecPolicies()) {
			Set<Server> scope = new LinkedHashSet<>();
			for (Addressable a : policy.getScope()) {
				scope.addAll(serversIn(context, a));
			}
			Map<IpsecExemption, Set<Server>> appliesTo = new IdentityHashMap<>();
			for (IpsecExemption e : policy.getExemptions()) {
				Set<Server> applies = new LinkedHashSet<>();
				for (Addressable a : e.getAppliesTo()) {
					applies.addAll(serversIn(context, a));
				}
				appliesTo.put(e, applies);
			}
			for (Server s : scope) {
				PortSet media = mediaPorts(s);
				if (media.isEmpty()) {
					continue;
				}
				Set<String> missing = new LinkedHashSet<>();
				for (Transport t : new Transport[] { Transport.UDP, Transport.TCP }) {
					for (RuleDirection d : new RuleDirection[] { RuleDirection.INBOUND, RuleDirection.OUTBOUND }) {
						PortSet.Builder covered = new PortSet.Builder();
						for (IpsecExemption e : policy.getExemptions()) {
							if (e.getAppliesTo().isEmpty() || appliesTo.get(e).contains(s)) {
								covered.addAll(exempted(e, t, d));
							}
						}
						PortSet gap = media.minus(covered.build());
						if (!gap.isEmpty()) {
							missing.add(t.getLiteral() + " " + d.getLiteral().toLowerCase() + " " + gap);
						}
					}
				}
				if (!missing.isEmpty()) {
					findings.add(info(), policy, "IPsec policy " + q(policy) + " covers media server " + q(s)
							+ " without exempting its media ports " + media + ": missing " + missing
							+ "; IPsec negotiation delays media port allocation" + cite(), s);
				}
			}
		}
	}
}
