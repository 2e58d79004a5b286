package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.DnsZone;
import org.portolan.model.Domain;
import org.portolan.model.Forest;
import org.portolan.model.NetworkInterface;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * WIN-AD-005: a domain member finds its domain controllers through DNS (the SRV records Net Logon publishes), so the
 * DNS servers its interfaces use must resolve the AD zone: a server hosting a {@code DnsZone} of the domain's name (or
 * a parent zone) — or, when the topology models no zone for the domain, a DNS server / domain controller of the
 * domain's forest. Only interfaces that list DNS servers are checked; a listed address that is no modeled server
 * cannot be judged and keeps the interface from being reported.
 */
public final class WinAd005DnsLocatesDomainControllers extends AbstractRule {

	public WinAd005DnsLocatesDomainControllers() {
		super("WIN-AD-005", RuleCategory.DIRECTORY, Severity.ERROR, "DNS is required to locate domain controllers",
				"000 L1659; L2323 (Net Logon publishes SRV records)");
	}

	private static String lc(String s) {
		return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
	}

	private static boolean zoneCovers(DnsZone z, String domainFqdn) {
		String zone = lc(z.getZoneName());
		return !zone.isEmpty() && (domainFqdn.equals(zone) || domainFqdn.endsWith("." + zone));
	}

	private static boolean isDnsServer(Server s) {
		for (RoleInstance ri : s.getRoles()) {
			if (ri.getRole() != null && RoleNames.keys(ri.getRole()).stream().anyMatch(k -> k.equals("dns") || k.equals("dnsserver"))) {
				return true;
			}
		}
		return false;
	}

	private static Forest forestOf(Domain d) {
		return d != null && d.eContainer() instanceof Forest f ? f : null;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<DnsZone> zones = context.topology().getDnsZones();
		for (Server s : context.topology().getServers()) {
			Domain domain = s.getDomain();
			if (domain == null || domain.getFqdn() == null || domain.getFqdn().isBlank()) {
				continue;
			}
			String fqdn = lc(domain.getFqdn());
			List<Server> zoneHosts = new ArrayList<>();
			boolean zoneModeled = false;
			for (DnsZone z : zones) {
				if (zoneCovers(z, fqdn)) {
					zoneModeled = true;
					for (Addressable a : z.getServers()) {
						zoneHosts.addAll(Servers.covered(a));
					}
				}
			}
			for (NetworkInterface nic : s.getInterfaces()) {
				if (nic.getDnsServers().isEmpty()) {
					continue;
				}
				boolean resolves = false, unknown = false;
				List<String> checked = new ArrayList<>();
				for (String address : nic.getDnsServers()) {
					String a = address.trim();
					Server dns = a.startsWith("127.") ? s : serverWithAddress(context, a);
					if (dns == null) {
						unknown = true;
						continue;
					}
					checked.add(a + " (" + q(dns) + ")");
					boolean ok = zoneModeled ? zoneHosts.contains(dns)
							: (isDnsServer(dns) || WindowsInfrastructureRules.isDomainController(dns))
									&& (dns.getDomain() == null || forestOf(dns.getDomain()) == forestOf(domain));
					resolves |= ok;
				}
				if (!resolves && !unknown) {
					findings.add(info(), nic, "Domain member " + q(s) + " uses DNS server(s) " + String.join(", ", checked)
							+ " on " + q(nic) + " that " + (zoneModeled ? "host no DNS zone of" : "are no DNS server or domain controller of the forest of")
							+ " domain " + q(domain) + " (" + domain.getFqdn() + "); it cannot locate its domain controllers"
							+ cite(), domain);
				}
			}
		}
	}

	private static Server serverWithAddress(ValidationContext context, String address) {
		for (Server s : context.topology().getServers()) {
			for (NetworkInterface n : s.getInterfaces()) {
				if (address.equals(n.getIpAddress())) {
					return s;
				}
			}
		}
		return null;
	}
}
