package org.portolan.validation.rules;

import org.portolan.analysis.PortSet;
import org.portolan.analysis.RoleNames;
import org.portolan.model.LoadBalancedPort;
import org.portolan.model.LoadBalancer;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.Pool;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.VirtualIp;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * SFB2015-HLB-002: a pool load balanced by hardware only balances every port of its type on the HLB (004 L113-138):
 * Front End 5061, 444, 135, 80, 8080, 443, 4443, 5072, 5073, 5075, 5076, 5071, 5080, 448 (+ 5070 when the pool also
 * runs Mediation); Mediation 5070; Director 443, 444, 5061, 4443. Lync/SfB/OCS pools only.
 */
public final class Sfb2015Hlb002HlbOnlyPoolPorts extends AbstractRule {

	static final PortSet FRONT_END = PortSet.of(5061, 444, 135, 80, 8080, 443, 4443, 5072, 5073, 5075, 5076, 5071, 5080,
			448);
	static final PortSet MEDIATION = PortSet.of(5070);
	static final PortSet DIRECTOR = PortSet.of(443, 444, 5061, 4443);

	public Sfb2015Hlb002HlbOnlyPoolPorts() {
		super("SFB2015-HLB-002", RuleCategory.NETWORK, Severity.ERROR,
				"Hardware-load-balancing-only pools balance every port of their type on the HLB", "004 L113-138");
	}

	static boolean poolHas(Pool pool, String role) {
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

	/**
	 * Ports the hardware load balancer balances for the pool: those of the pool's own VIPs; only when the pool lists
	 * no VIP, those of every VIP of the load balancers that list the pool.
	 */
	static PortSet hlbPorts(ValidationContext context, Pool pool) {
		PortSet.Builder b = new PortSet.Builder();
		for (VirtualIp vip : pool.getVirtualIps()) {
			add(b, vip);
		}
		if (pool.getVirtualIps().isEmpty()) {
			for (LoadBalancer lb : context.topology().getLoadBalancers()) {
				if (lb.getPools().contains(pool)) {
					for (VirtualIp vip : lb.getVips()) {
						add(b, vip);
					}
				}
			}
		}
		return b.build();
	}

	private static void add(PortSet.Builder b, VirtualIp vip) {
		if (vip.getPorts().isEmpty()) {
			b.addAll(PortSet.ALL); // a VIP without a port list balances everything
		}
		for (LoadBalancedPort p : vip.getPorts()) {
			b.addAll(PortSet.of(p.getPorts(), PortSet.DEFAULT_DYNAMIC));
		}
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Pool pool : context.topology().getPools()) {
			if (pool.getLoadBalancing() != LoadBalancingKind.HARDWARE) {
				continue;
			}
			PortSet required = PortSet.EMPTY;
			boolean frontEnd = poolHas(pool, RoleNames.FRONT_END);
			boolean mediation = poolHas(pool, RoleNames.MEDIATION);
			if (frontEnd) {
				required = required.union(FRONT_END);
			}
			if (mediation) {
				required = required.union(MEDIATION);
			}
			if (!frontEnd && poolHas(pool, RoleNames.DIRECTOR)) {
				required = required.union(DIRECTOR);
			}
			if (required.isEmpty()) {
				continue;
			}
			PortSet missing = required.minus(hlbPorts(context, pool));
			if (!missing.isEmpty()) {
				findings.add(info(), pool, "Hardware-load-balanced pool " + q(pool) + " has no HLB port(s) " + missing
						+ " (required for its roles: " + required + ")" + cite());
			}
		}
	}
}
