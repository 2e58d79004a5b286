package org.portolan.validation.rules;

import java.util.Locale;

import org.portolan.model.Addressable;
import org.portolan.model.DnsZone;
import org.portolan.model.Domain;
import org.portolan.model.Forest;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * GALSYNC-002: forests marked for cross-forest GAL synchronization resolve each other's names: a DNS server of each
 * forest (a server in one of its domains listed in {@code DnsZone.servers}) hosts a zone for the other forest's root
 * name — a secondary zone as in the lab (000 L4994, L5003), or a stub zone / conditional forwarder (general-knowledge
 * alternatives) or a primary. One error per forest that cannot resolve its partner, on that forest.
 */
public final class Galsync002CrossForestDns extends AbstractRule {

	public Galsync002CrossForestDns() {
		super("GALSYNC-002", RuleCategory.DIRECTORY, Severity.ERROR, "Cross-forest DNS via secondary zones",
				"000 L4994, L5003; stub zones and conditional forwarders: general knowledge");
	}

	private static String lc(String s) {
		return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
	}

	private static boolean inForest(Server s, Forest f) {
		Domain d = s.getDomain();
		return d != null && d.eContainer() == f;
	}

	/** Whether a DNS server of {@code resolver} hosts a zone covering {@code target}'s root name. */
	static boolean resolves(ValidationContext context, Forest resolver, Forest target) {
		String name = lc(target.getFqdn());
		if (name.isEmpty()) {
			return true; // the partner's name is not modeled: nothing to check
		}
		for (DnsZone z : context.topology().getDnsZones()) {
			String zone = lc(z.getZoneName());
			if (zone.isEmpty() || !(name.equals(zone) || name.endsWith("." + zone))) {
				continue;
			}
			for (Addressable a : z.getServers()) {
				for (Server s : Servers.covered(a)) {
					if (inForest(s, resolver)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (GalSyncPairs.Pair pair : GalSyncPairs.of(context.topology())) {
			for (Forest[] dir : new Forest[][] { { pair.marked(), pair.partner() }, { pair.partner(), pair.marked() } }) {
				if (!resolves(context, dir[0], dir[1])) {
					findings.add(info(), dir[0], "Forest " + q(dir[0]) + " cannot resolve the names of GAL-synchronized forest "
							+ q(dir[1]) + " (" + dir[1].getFqdn() + "): no DNS server of " + q(dir[0])
							+ " hosts a secondary zone, stub zone or conditional forwarder for it" + cite(), dir[1]);
				}
			}
		}
	}
}
