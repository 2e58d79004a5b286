package org.portolan.validation.rules;

import java.time.LocalDate;

import org.portolan.model.Certificate;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * CERT-VALID-001: every certificate is valid on the topology's planned go-live date (notBefore &lt;= date &lt;=
 * notAfter), not revoked, and its dates are ISO-8601. Needs the go-live date (the topology's, else the one of the
 * {@link org.portolan.validation.ValidationSettings}); without it only revocation and malformed dates are reported.
 */
public final class CertValid001ValidityAtGoLive extends AbstractRule {

	public CertValid001ValidityAtGoLive() {
		super("CERT-VALID-001", RuleCategory.CERTIFICATE, Severity.ERROR,
				"Certificates are valid (dates, not revoked) at the planned go-live date",
				"certificates.md CERT-MED-005 (000 L317-321: expiration date and revocation are validated)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		LocalDate goLive = context.goLiveDate();
		String when = context.goLiveFromSettings()
				? " (from the validation settings: topology " + q(context.topology()) + " states no plannedGoLiveDate)"
				: "";
		String goLiveText = context.topology().getPlannedGoLiveDate();
		if (goLiveText != null && !goLiveText.isBlank() && goLive == null) {
			findings.add(info(), context.topology(), "Planned go-live date '" + goLiveText
					+ "' of topology " + q(context.topology()) + " is not an ISO date (yyyy-MM-dd)" + cite());
		}
		for (Certificate c : context.topology().getCertificates()) {
			if (c.isRevoked()) {
				findings.add(info(), c, "Certificate " + q(c) + " is revoked" + cite());
			}
			LocalDate notBefore = date(findings, c, c.getNotBefore(), "notBefore");
			LocalDate notAfter = date(findings, c, c.getNotAfter(), "notAfter");
			if (goLive == null) {
				continue;
			}
			if (notBefore != null && goLive.isBefore(notBefore)) {
				findings.add(info(), c, "Certificate " + q(c) + " is not yet valid on the planned go-live date " + goLive
						+ when + " (valid from " + notBefore + ")" + cite());
			}
			if (notAfter != null && goLive.isAfter(notAfter)) {
				findings.add(info(), c, "Certificate " + q(c) + " has expired by the planned go-live date " + goLive
						+ when + " (valid until " + notAfter + ")" + cite());
			}
		}
	}

	private LocalDate date(Findings findings, Certificate c, String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate d = ValidationContext.parseDate(text);
		if (d == null) {
			findings.add(info(), c, "Certificate " + q(c) + " has a malformed " + field + " date '" + text
					+ "' (expected yyyy-MM-dd)" + cite());
		}
		return d;
	}
}
