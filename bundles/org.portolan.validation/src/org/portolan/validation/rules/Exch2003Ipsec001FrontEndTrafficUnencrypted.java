package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.PortSet;
import org.portolan.analysis.RequiredFlow;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2003-IPSEC-001: an Exchange 2003 front end cannot use SSL/TLS towards its back end; HTTP, POP3 and IMAP4
 * between them are always unencrypted, so only IPsec protects them (seed 002). One warning per front end / back end
 * pair whose HTTP/POP3/IMAP4 flows (80, 110, 143 of the flow analysis) no IPsec policy protects, on the front end.
 */
public final class Exch2003Ipsec001FrontEndTrafficUnencrypted extends AbstractRule {

	static final PortSet FE_BE_PORTS = PortSet.of(80, 110, 143);

	public Exch2003Ipsec001FrontEndTrafficUnencrypted() {
		super("EXCH2003-IPSEC-001", RuleCategory.NETWORK, Severity.WARNING,
				"FE->BE cannot use SSL/TLS; HTTP/POP3/IMAP4 between FE and BE are always unencrypted", "002 L19");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Exchange2003FrontEndTraffic.Pair pair : Exchange2003FrontEndTraffic.unprotected(context, FE_BE_PORTS).values()) {
			List<String> traffic = new ArrayList<>();
			for (RequiredFlow f : pair.flows()) {
				if (!traffic.contains(f.trafficLabel())) {
					traffic.add(f.trafficLabel());
				}
			}
			findings.add(info(), pair.frontEnd(), "Exchange 2003 front end " + q(pair.frontEnd()) + " talks to back end "
					+ q(pair.backEnd()) + " unencrypted (" + String.join(", ", traffic)
					+ "): front ends cannot use SSL/TLS to back ends, and no IPsec policy protects this traffic" + cite(),
					pair.backEnd());
		}
	}
}
