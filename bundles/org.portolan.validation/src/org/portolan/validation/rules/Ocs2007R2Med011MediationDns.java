package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.portolan.model.DnsRecord;
import org.portolan.model.DnsRecordType;
import org.portolan.model.DnsZone;
import org.portolan.model.InterfaceSide;
import org.portolan.model.NetworkInterface;
import org.portolan.model.Server;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * OCS2007R2-MED-011: the Mediation Server FQDN resolves only to the OCS-facing address: its gateway-facing
 * interfaces (side EXTERNAL, or else those in the zone of its trunks' gateways) do not register in DNS, and no A
 * record of its FQDN points at them.
 */
public final class Ocs2007R2Med011MediationDns extends AbstractRule {

	public Ocs2007R2Med011MediationDns() {
		super("OCS2007R2-MED-011", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Mediation Server FQDN resolves to the OCS-facing IP only", "000 L249-263");
	}

	private static List<NetworkInterface> gatewayFacing(ValidationContext context, Server s) {
		List<NetworkInterface> result = new ArrayList<>();
		for (NetworkInterface nic : s.getInterfaces()) {
			if (nic.getSide() == InterfaceSide.EXTERNAL) {
				result.add(nic);
			}
		}
		if (!result.isEmpty() || s.getInterfaces().size() < 2) {
			return result;
		}
		for (SipTrunk t : MediationServerRules.trunksOf(context, s)) {
			if (t.getGateway() == null || t.getGateway().getZone() == null) {
				continue;
			}
			for (NetworkInterface nic : s.getInterfaces()) {
				if (nic.getZone() == t.getGateway().getZone() && !result.contains(nic)) {
					result.add(nic);
				}
			}
		}
		return result.size() < s.getInterfaces().size() ? result : List.of();
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : MediationServerRules.mediationServers(context)) {
			List<NetworkInterface> outside = gatewayFacing(context, s);
			for (NetworkInterface nic : outside) {
				if (nic.isRegisterInDns()) {
					findings.add(info(), nic, "Gateway-facing interface " + q(nic) + " (" + nic.getIpAddress()
							+ ") of Mediation Server " + q(s)
							+ " registers in DNS; only the address facing Office Communications Server may, or the FQDN "
							+ "resolves to two addresses" + cite(), s);
				}
			}
			String fqdn = s.getFqdn() == null ? null : s.getFqdn().toLowerCase(Locale.ROOT);
			if (fqdn == null) {
				continue;
			}
			for (DnsZone zone : context.topology().getDnsZones()) {
				for (DnsRecord r : zone.getRecords()) {
					if (r.getType() != DnsRecordType.A || !matches(r, zone, fqdn)) {
						continue;
					}
					for (NetworkInterface nic : outside) {
						if (nic.getIpAddress() != null && nic.getIpAddress().equals(r.getTarget())) {
							findings.add(info(), r, "DNS A record " + q(r) + " resolves Mediation Server " + q(s)
									+ " to its gateway-facing address " + r.getTarget() + cite(), s);
						}
					}
				}
			}
		}
	}

	private static boolean matches(DnsRecord r, DnsZone zone, String fqdn) {
		String host = r.getHostName() == null ? "" : r.getHostName().toLowerCase(Locale.ROOT);
		String zoneName = zone.getZoneName() == null ? "" : zone.getZoneName().toLowerCase(Locale.ROOT);
		return host.equals(fqdn) || (host + "." + zoneName).equals(fqdn);
	}
}
