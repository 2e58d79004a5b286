package org.portolan.validation.rules;

import org.portolan.model.Connector;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * CERT-MED-002: a TLS gateway link of an OCS 2007 R2 Mediation Server requires a certificate on the gateway (MTLS
 * handshake). The source is about OCS 2007 R2; trunks of other products are not checked.
 */
public final class CertMed002GatewayCertificate extends AbstractRule {

	public CertMed002GatewayCertificate() {
		super("CERT-MED-002", RuleCategory.CERTIFICATE, Severity.ERROR,
				"A TLS gateway link requires a certificate on the gateway", "000 L230");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (c instanceof SipTrunk t && t.getTransport() == SipTransport.TLS && t.getGateway() != null
					&& MediationServerRules.isOcsMediationEnd(t.getMediation())
					&& t.getGateway().getCertificates().isEmpty()) {
				findings.add(info(), t, "SIP trunk " + q(t) + " uses TLS but gateway " + q(t.getGateway())
						+ " has no certificate for the mutual TLS handshake" + cite(), t.getGateway());
			}
		}
	}
}
