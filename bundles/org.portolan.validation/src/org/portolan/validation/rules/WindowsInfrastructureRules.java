package org.portolan.validation.rules;

import java.util.Locale;

import org.portolan.analysis.Ipv4;
import org.portolan.analysis.RoleNames;
import org.portolan.model.DhcpScope;
import org.portolan.model.NetworkInterface;
import org.portolan.model.Server;
import org.portolan.model.ServiceStartupType;
import org.portolan.model.ServiceState;
import org.portolan.model.WindowsService;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** Windows Server infrastructure rules (rules.md sections 11 and 12). */
public final class WindowsInfrastructureRules {

	private WindowsInfrastructureRules() {
	}

	static boolean isDomainController(Server s) {
		return ValidationContext.has(s, RoleNames.ACTIVE_DIRECTORY);
	}

	/** WIN-AD-003: a domain controller whose services are modeled runs the DFS service (Dfs). */
	public static final class DfsOnDomainControllers extends AbstractRule {
		public DfsOnDomainControllers() {
			super("WIN-AD-003", RuleCategory.DIRECTORY, Severity.ERROR,
					"The DFS service runs on domain controllers (SYSVOL advertisement)", "000 L1529");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : context.topology().getServers()) {
				if (!isDomainController(s) || s.getServices().isEmpty()) {
					continue; // services not modeled: nothing to say
				}
				WindowsService dfs = s.getServices().stream()
						.filter(w -> "dfs".equals(RoleNames.normalize(w.getName()))).findFirst().orElse(null);
				if (dfs == null || dfs.getState() == ServiceState.STOPPED
						|| dfs.getStartupType() == ServiceStartupType.DISABLED) {
					findings.add(info(), dfs == null ? s : dfs, "Domain controller " + q(s)
							+ (dfs == null ? " does not run the DFS service (Dfs)" : " has the DFS service stopped or disabled")
							+ "; domain controllers need it to advertise SYSVOL" + cite(), s);
				}
			}
		}
	}

	/** WIN-AD-014: a domain controller's preferred DNS server is itself (its own IPv4 or loopback). */
	public static final class DomainControllerDns extends AbstractRule {
		public DomainControllerDns() {
			super("WIN-AD-014", RuleCategory.DIRECTORY, Severity.WARNING,
					"A domain controller's preferred DNS server is its own IPv4 address", "000 L883");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : context.topology().getServers()) {
				if (!isDomainController(s)) {
					continue;
				}
				for (NetworkInterface nic : s.getInterfaces()) {
					if (nic.getDnsServers().isEmpty() || nic.getIpAddress() == null) {
						continue;
					}
					String preferred = nic.getDnsServers().get(0).trim();
					boolean own = s.getInterfaces().stream().anyMatch(n -> preferred.equals(n.getIpAddress()))
							|| preferred.startsWith("127.");
					if (!own) {
						findings.add(info(), nic, "Domain controller " + q(s) + " uses " + preferred
								+ " as preferred DNS server on " + q(nic) + "; set it to its own IPv4 address" + cite(), s);
					}
					break;
				}
			}
		}
	}

	/** WIN-DHCP-001: statically addressed servers are outside the DHCP scopes' lease ranges (or excluded). */
	public static final class StaticAddressesExcluded extends AbstractRule {
		public StaticAddressesExcluded() {
			super("WIN-DHCP-001", RuleCategory.NETWORK, Severity.WARNING,
					"DHCP lease ranges exclude the static addresses of servers", "000 L591, L895-898");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server dhcp : context.topology().getServers()) {
				for (DhcpScope scope : dhcp.getDhcpScopes()) {
					long start = Ipv4.parse(scope.getStartAddress());
					long end = Ipv4.parse(scope.getEndAddress());
					if (start < 0 || end < 0) {
						continue;
					}
					for (Server s : context.topology().getServers()) {
						for (NetworkInterface nic : s.getInterfaces()) {
							long a = Ipv4.parse(nic.getIpAddress());
							if (a >= start && a <= end && !excluded(scope, nic.getIpAddress())) {
								findings.add(info(), scope, "Static address " + nic.getIpAddress() + " of " + q(s)
										+ " lies in the lease range of DHCP scope " + q(scope) + " on " + q(dhcp)
										+ " and is not excluded" + cite(), s);
							}
						}
					}
				}
			}
		}

		private static boolean excluded(DhcpScope scope, String address) {
			for (String range : scope.getExclusionRanges()) {
				String r = range.trim();
				if (r.contains("-") ? Ipv4.rangeContains(r, address) : r.equals(address)) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * WIN-DHCP-002: a domain member DHCP server is authorized in Active Directory (error); a scope with 90% or more of
	 * its addresses leased is a warning, a full scope an error.
	 */
	public static final class DhcpHealth extends AbstractRule {
		public DhcpHealth() {
			super("WIN-DHCP-002", RuleCategory.NETWORK, Severity.WARNING,
					"DHCP servers are authorized in AD and scopes are not (nearly) exhausted", "000 L5335-5368");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : context.topology().getServers()) {
				if (s.getDhcpScopes().isEmpty()) {
					continue;
				}
				if (s.getDomain() != null && !s.isDhcpAuthorizedInAd()) {
					findings.add(info(), Severity.ERROR, s, "DHCP server " + q(s) + " is a member of domain "
							+ q(s.getDomain()) + " but not authorized in Active Directory, so it does not lease" + cite());
				}
				for (DhcpScope scope : s.getDhcpScopes()) {
					long start = Ipv4.parse(scope.getStartAddress());
					long end = Ipv4.parse(scope.getEndAddress());
					if (start < 0 || end < start || scope.getActiveLeases() <= 0) {
						continue;
					}
					long size = end - start + 1;
					for (String range : scope.getExclusionRanges()) {
						int dash = range.indexOf('-');
						long lo = Ipv4.parse(dash < 0 ? range : range.substring(0, dash));
						long hi = Ipv4.parse(dash < 0 ? range : range.substring(dash + 1));
						if (lo >= 0 && hi >= lo) {
							size -= Math.max(0, Math.min(hi, end) - Math.max(lo, start) + 1);
						}
					}
					double used = size <= 0 ? 1.0 : (double) scope.getActiveLeases() / size;
					if (used >= 1.0) {
						findings.add(info(), Severity.ERROR, scope, "DHCP scope " + q(scope) + " on " + q(s)
								+ " has all " + size + " addresses leased; clients cannot get addresses" + cite(), s);
					} else if (used >= 0.9) {
						findings.add(info(), scope, String.format(Locale.ROOT,
								"DHCP scope %s on %s has %.0f%% of its %d addresses leased", q(scope), q(s), used * 100,
								size) + cite(), s);
					}
				}
			}
		}
	}
}
