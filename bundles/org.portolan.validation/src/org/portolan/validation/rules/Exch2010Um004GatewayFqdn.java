package org.portolan.validation.rules;

import org.portolan.analysis.Ipv4;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Connector;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-UM-004: with mutual TLS, the UM IP gateway must be configured with an FQDN (not an IP address). Applies to
 * TLS SIP trunks whose UM end is an Exchange 2010 Unified Messaging server or role.
 */
public final class Exch2010Um004GatewayFqdn extends AbstractRule {

	public Exch2010Um004GatewayFqdn() {
		super("EXCH2010-UM-004", RuleCategory.CONFIGURATION, Severity.ERROR,
				"With MTLS the UM IP gateway uses an FQDN with a DNS host record", "001 L701");
	}

	private static boolean isUm2010(Object end) {
		if (end instanceof RoleInstance ri) {
			return RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING) && RoleNames.isVersion(ri, "2010");
		}
		return end instanceof Server s && ValidationContext.has(s, RoleNames.UNIFIED_MESSAGING, "2010");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (!(c instanceof SipTrunk trunk) || trunk.getTransport() != SipTransport.TLS || !isUm2010(trunk.getMediation())) {
				continue;
			}
			String address = trunk.getGatewayAddress();
			if (address == null || address.isBlank()) {
				address = trunk.getGateway() == null ? null : trunk.getGateway().getFqdn();
			}
			if (address == null || address.isBlank() || Ipv4.parse(address) >= 0 || !address.contains(".")) {
				findings.add(info(), trunk, "SIP trunk " + q(trunk) + " from Unified Messaging "
						+ q(trunk.getMediation()) + " uses mutual TLS but its IP gateway is configured as '"
						+ (address == null ? "" : address) + "' instead of an FQDN" + cite(), trunk.getGateway());
			}
		}
	}
}
