package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** EXCH2010-NET-001: every AD site with Exchange 2010 Mailbox servers has an Exchange 2010 Client Access server. */
public final class Exch2010Net001ClientAccessPerSite extends AbstractRule {

	public Exch2010Net001ClientAccessPerSite() {
		super("EXCH2010-NET-001", RuleCategory.CONFIGURATION, Severity.ERROR,
				"A Client Access server is required in every AD site that contains Mailbox servers", "001 L613");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Site site : context.topology().getSites()) {
			List<Server> mailbox = new ArrayList<>();
			boolean clientAccess = false;
			for (Server s : context.topology().getServers()) {
				if (s.getSite() != site) {
					continue;
				}
				if (ValidationContext.has(s, RoleNames.MAILBOX, "2010")) {
					mailbox.add(s);
				}
				clientAccess |= ValidationContext.has(s, RoleNames.CLIENT_ACCESS, "2010");
			}
			if (!mailbox.isEmpty() && !clientAccess) {
				findings.add(info(), site, "Site " + q(site) + " has Exchange 2010 Mailbox server(s) "
						+ mailbox.stream().map(AbstractRule::q).toList() + " but no Client Access server" + cite(),
						mailbox.get(0));
			}
		}
	}
}
