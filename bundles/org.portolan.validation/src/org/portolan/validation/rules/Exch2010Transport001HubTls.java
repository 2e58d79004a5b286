package org.portolan.validation.rules;

import org.portolan.model.ExchangeOrganization;
import org.portolan.model.Organization;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** EXCH2010-TRANSPORT-001: disabling Hub-to-Hub TLS is not recommended. */
public final class Exch2010Transport001HubTls extends AbstractRule {

	public Exch2010Transport001HubTls() {
		super("EXCH2010-TRANSPORT-001", RuleCategory.CONFIGURATION, Severity.WARNING,
				"Hub Transport to Hub Transport SMTP is TLS-encrypted; disabling TLS is not recommended", "001 L137-141");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Organization org : context.topology().getOrganizations()) {
			if (org instanceof ExchangeOrganization ex && !ex.isHubTransportTlsEnabled()) {
				findings.add(info(), ex, "Exchange organization " + q(ex)
						+ " disables TLS between Hub Transport servers; Setup's self-signed certificates encrypt it by "
						+ "default and disabling it is not recommended" + cite());
			}
		}
	}
}
