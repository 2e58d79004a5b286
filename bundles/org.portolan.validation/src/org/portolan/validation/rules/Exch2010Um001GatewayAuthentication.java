package org.portolan.validation.rules;

import org.portolan.analysis.Ipv4;
import org.portolan.model.Connector;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-UM-001: IP gateways authenticate to Exchange 2010 UM only by mutual TLS or by IP address. For a TCP
 * (IP-based) trunk the UM IP gateway address must be an IP address and, when the gateway's addresses are modeled, one
 * of them.
 */
public final class Exch2010Um001GatewayAuthentication extends AbstractRule {

	public Exch2010Um001GatewayAuthentication() {
		super("EXCH2010-UM-001", RuleCategory.CONFIGURATION, Severity.ERROR,
				"IP gateways use MTLS or IP-based authentication with the gateway's real IP", "001 L617, L701");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (!(c instanceof SipTrunk t) || t.getTransport() != SipTransport.TCP
					|| !Exch2010Um003GatewayObject.isUm2010(t.getMediation()) || t.getGatewayAddress() == null
					|| t.getGatewayAddress().isBlank()) {
				continue;
			}
			String address = t.getGatewayAddress().trim();
			boolean ip = Ipv4.parse(address) >= 0;
			boolean known = t.getGateway() == null || t.getGateway().getAddresses().isEmpty()
					|| t.getGateway().getAddresses().contains(address);
			if (!ip || !known) {
				findings.add(info(), t, "UM IP gateway " + q(t) + " uses IP-based authentication (TCP) but its address '"
						+ address + "' is " + (!ip ? "not an IP address" : "not an address of gateway " + q(t.getGateway()))
						+ "; UM accepts only the configured gateway IP" + cite(), t.getGateway());
			}
		}
	}
}
