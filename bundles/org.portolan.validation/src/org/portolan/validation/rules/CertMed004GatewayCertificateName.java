package org.portolan.validation.rules;

import org.portolan.analysis.Ipv4;
import org.portolan.model.Certificate;
import org.portolan.model.Connector;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * CERT-MED-004 / CERT-MED-005: on a TLS trunk the gateway certificate's CN, or a SAN, equals the gateway FQDN
 * configured on the Mediation side exactly (no wildcard tolerance is stated). The configured FQDN is the trunk's
 * gatewayAddress when it is a name, else the gateway's fqdn. OCS 2007 R2 Mediation Server trunks only (the source
 * describes that product).
 */
public final class CertMed004GatewayCertificateName extends AbstractRule {

	public CertMed004GatewayCertificateName() {
		super("CERT-MED-004", RuleCategory.CERTIFICATE, Severity.ERROR,
				"Gateway certificate CN or SAN equals the configured gateway FQDN", "000 L313-321");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (!(c instanceof SipTrunk t) || t.getTransport() != SipTransport.TLS || t.getGateway() == null
					|| !MediationServerRules.isOcsMediationEnd(t.getMediation())
					|| t.getGateway().getCertificates().isEmpty()) {
				continue;
			}
			String fqdn = t.getGatewayAddress() != null && !t.getGatewayAddress().isBlank()
					&& Ipv4.parse(t.getGatewayAddress()) < 0 ? t.getGatewayAddress() : t.getGateway().getFqdn();
			if (fqdn == null || fqdn.isBlank()) {
				continue;
			}
			boolean covered = false;
			for (Certificate cert : t.getGateway().getCertificates()) {
				covered |= CertificateNames.covers(cert, fqdn, false);
			}
			if (!covered) {
				findings.add(info(), t, "Gateway " + q(t.getGateway()) + " of SIP trunk " + q(t)
						+ " presents no certificate whose CN or SAN is exactly the configured gateway FQDN '" + fqdn
						+ "'; the Mediation Server terminates the session" + cite(), t.getGateway(),
						t.getGateway().getCertificates().get(0));
			}
		}
	}
}
