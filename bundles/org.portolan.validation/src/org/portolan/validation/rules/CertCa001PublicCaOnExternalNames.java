package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.portolan.model.Addressable;
import org.portolan.model.CaKind;
import org.portolan.model.Certificate;
import org.portolan.model.IssuerKind;
import org.portolan.model.NameScope;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * CERT-CA-001: a name published externally (scope EXTERNAL or BOTH) is served with a certificate from a public CA;
 * self-signed and enterprise-CA certificates are not trusted by outside clients and partners. Only certificates that
 * serve an externally published name are considered, so Edge-Hub direct trust (CERT-EX2010-002, self-signed
 * accepted) and Hub-Hub TLS (CERT-EX2010-001) are never reported.
 */
public final class CertCa001PublicCaOnExternalNames extends AbstractRule {

	public CertCa001PublicCaOnExternalNames() {
		super("CERT-CA-001", RuleCategory.CERTIFICATE, Severity.WARNING,
				"External-facing services use a certificate from a public CA",
				"certificates.md GK-CERT-002, GK-CERT-005 (general knowledge); CERT-EX2010-002 (001 L143) exempts "
						+ "Edge-Hub direct trust");
	}

	private static boolean isPublic(Certificate c) {
		return c.getIssuerKind() == IssuerKind.PUBLIC && (c.getIssuer() == null || c.getIssuer().getKind() == CaKind.PUBLIC)
				|| c.getIssuer() != null && c.getIssuer().getKind() == CaKind.PUBLIC
						&& c.getIssuerKind() != IssuerKind.SELF_SIGNED;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (PublishedName pn : context.topology().getPublishedNames()) {
			if (pn.getScope() == NameScope.INTERNAL || pn.getKind() == PublishedNameKind.SMTP_DOMAIN) {
				continue;
			}
			String host = CertificateNames.hostOf(pn.getValue());
			Set<Certificate> serving = new LinkedHashSet<>();
			if (pn.getCertificate() != null) {
				serving.add(pn.getCertificate());
			} else {
				for (Addressable served : pn.getServedBy()) {
					for (Addressable presenter : CertificateNames.presenters(served)) {
						for (Certificate c : CertificateNames.certificatesOf(presenter)) {
							if (host != null && CertificateNames.covers(c, host, true)) {
								serving.add(c);
							}
						}
					}
				}
			}
			for (Certificate c : serving) {
				if (!isPublic(c)) {
					findings.add(info(), pn, "Externally published name " + q(pn) + " (" + host + ") is served with "
							+ (c.getIssuerKind() == IssuerKind.SELF_SIGNED ? "self-signed" : "non-public") + " certificate "
							+ q(c) + "; external clients and partners expect a public CA" + cite(), c);
				}
			}
		}
	}
}
