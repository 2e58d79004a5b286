package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Domain;
import org.portolan.model.DomainFunctionalLevel;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-INSTALL-002: the domain of every Exchange 2007 server must be at least at "Windows 2000 native" functional
 * level (mixed and Windows Server 2003 interim are not). Reported once per domain.
 */
public final class Exch2007Install002DomainFunctionalLevel extends AbstractRule {

	public Exch2007Install002DomainFunctionalLevel() {
		super("EXCH2007-INSTALL-002", RuleCategory.DIRECTORY, Severity.ERROR,
				"Domain functional level at least Windows 2000 native before installing Exchange 2007", "000 L415");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		Set<Domain> reported = new LinkedHashSet<>();
		for (Server s : context.topology().getServers()) {
			Domain d = s.getDomain();
			if (d == null || reported.contains(d)) {
				continue;
			}
			boolean exchange2007 = false;
			for (RoleInstance ri : s.getRoles()) {
				exchange2007 |= Exch2007Install001ServicePackOnWs2008.isExchangeRole(ri) && RoleNames.isVersion(ri, "2007");
			}
			DomainFunctionalLevel level = d.getFunctionalLevel();
			if (exchange2007 && (level == DomainFunctionalLevel.WINDOWS_2000_MIXED
					|| level == DomainFunctionalLevel.WINDOWS_SERVER_2003_INTERIM)) {
				reported.add(d);
				findings.add(info(), d, "Domain " + q(d) + " of Exchange 2007 server " + q(s) + " is at functional level "
						+ level.getLiteral() + "; raise it to Windows 2000 native or higher before installing Exchange 2007"
						+ cite(), s);
			}
		}
	}
}
