package org.portolan.validation.rules;

import java.util.Set;

import org.portolan.model.Addressable;
import org.portolan.model.Certificate;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * CERT-SAN-001: every published FQDN or URL is covered by the CN or a SAN of the certificate on each endpoint that
 * serves it (pool: every member). The certificate is the published name's own certificate if one is given, else
 * those of the serving element. A SIP domain is also covered by {@code sip.<domain>} (certificates.md GK-CERT-002).
 * SMTP domains are not TLS host names and are skipped. An endpoint with no certificate at all gets a warning.
 */
public final class CertSan001PublishedNameCoverage extends AbstractRule {

	public CertSan001PublishedNameCoverage() {
		super("CERT-SAN-001", RuleCategory.CERTIFICATE, Severity.ERROR,
				"Every published FQDN/URL is covered by the CN or a SAN of the certificate of the endpoint serving it",
				"certificates.md CERT-EX2007-001 (000 L21-23), CERT-MED-004/005 (000 L313-321); matching rule "
						+ "GK-CERT-001 (general knowledge)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (PublishedName pn : context.topology().getPublishedNames()) {
			if (pn.getKind() == PublishedNameKind.SMTP_DOMAIN) {
				continue;
			}
			String host = CertificateNames.hostOf(pn.getValue());
			if (host == null || host.isEmpty()) {
				continue;
			}
			for (Addressable served : pn.getServedBy()) {
				for (Addressable presenter : CertificateNames.presenters(served)) {
					Set<Certificate> certs = pn.getCertificate() != null ? Set.of(pn.getCertificate())
							: CertificateNames.certificatesOf(presenter);
					if (certs.isEmpty()) {
						findings.add(info(), Severity.WARNING, pn, "Published name " + q(pn) + " (" + host
								+ ") is served by " + q(presenter) + ", which has no certificate" + cite(), presenter);
						continue;
					}
					boolean covered = false;
					for (Certificate c : certs) {
						covered |= CertificateNames.covers(c, host, true) || pn.getKind() == PublishedNameKind.SIP_DOMAIN
								&& CertificateNames.covers(c, "sip." + host, true);
					}
					if (!covered) {
						findings.add(info(), pn, "Published name " + q(pn) + " (" + host + ") served by " + q(presenter)
								+ " is not covered by the CN or a SAN of certificate(s) "
								+ certs.stream().map(AbstractRule::q).toList() + cite(), presenter,
								certs.iterator().next());
					}
				}
			}
		}
	}
}
