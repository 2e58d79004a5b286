package org.portolan.validation.rules;

import org.portolan.analysis.PortSet;
import org.portolan.analysis.RoleNames;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.Pool;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * SFB2015-HLB-001: a DNS-load-balanced Front End pool still needs a hardware load balancer for 80, 443, 8080 and
 * 4443; a Director pool for 443 and 4443. The HLB ports are those of the pool's VIPs (or, if it lists none, of the
 * load balancers that list the pool).
 */
public final class Sfb2015Hlb001DnsPoolNeedsHlb extends AbstractRule {

	private static final PortSet FRONT_END_WEB = PortSet.of(80, 443, 8080, 4443);
	private static final PortSet DIRECTOR_WEB = PortSet.of(443, 4443);

	public Sfb2015Hlb001DnsPoolNeedsHlb() {
		super("SFB2015-HLB-001", RuleCategory.NETWORK, Severity.ERROR,
				"DNS-load-balanced Front End and Director pools still need hardware load balancers for web ports",
				"004 L140-151");
	}

	/** Whether the pool's declared roles or its members' roles include a Lync/SfB/OCS {@code role}. */
	private static boolean poolHas(Pool pool, String role) {
		for (RoleDefinition r : pool.getRoles()) {
			if (RoleNames.is(r, role) && RoleNames.isCommunications(r)) {
				return true;
			}
		}
		for (Server m : pool.getMembers()) {
			for (RoleInstance ri : m.getRoles()) {
				if (RoleNames.is(ri, role) && RoleNames.isCommunications(ri)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Pool pool : context.topology().getPools()) {
			if (pool.getLoadBalancing() != LoadBalancingKind.DNS
					&& pool.getLoadBalancing() != LoadBalancingKind.DNS_AND_HARDWARE) {
				continue;
			}
			PortSet required = poolHas(pool, RoleNames.FRONT_END) ? FRONT_END_WEB
					: poolHas(pool, RoleNames.DIRECTOR) ? DIRECTOR_WEB : null;
			if (required == null) {
				continue;
			}
			PortSet missing = required.minus(Sfb2015Hlb002HlbOnlyPoolPorts.hlbPorts(context, pool));
			if (!missing.isEmpty()) {
				findings.add(info(), pool, "DNS-load-balanced pool " + q(pool) + " has no hardware load balancer for port(s) "
						+ missing + "; DNS load balancing does not cover web traffic (" + required + " needed)" + cite());
			}
		}
	}
}
