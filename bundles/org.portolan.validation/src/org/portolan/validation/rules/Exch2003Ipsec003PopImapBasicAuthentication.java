package org.portolan.validation.rules;

import org.portolan.analysis.PortSet;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2003-IPSEC-003: POP3 and IMAP4 reach the back end from the front end only with Basic authentication, so user
 * passwords cross the wire in clear unless IPsec protects ports 110/143 between them. One warning per front end / back
 * end pair with unprotected POP3/IMAP4 flows of the flow analysis, on the front end.
 */
public final class Exch2003Ipsec003PopImapBasicAuthentication extends AbstractRule {

	static final PortSet POP_IMAP = PortSet.of(110, 143);

	public Exch2003Ipsec003PopImapBasicAuthentication() {
		super("EXCH2003-IPSEC-003", RuleCategory.NETWORK, Severity.WARNING,
				"POP3/IMAP4 FE->BE only Basic authentication (passwords exposed)", "002 L23");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Exchange2003FrontEndTraffic.Pair pair : Exchange2003FrontEndTraffic.unprotected(context, POP_IMAP).values()) {
			findings.add(info(), pair.frontEnd(), "POP3/IMAP4 from Exchange 2003 front end " + q(pair.frontEnd())
					+ " to back end " + q(pair.backEnd()) + " uses Basic authentication only and no IPsec policy protects "
					+ "ports 110/143 between them: user passwords can be captured" + cite(), pair.backEnd());
		}
	}
}
