package org.portolan.validation.rules;

import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-INSTALL-004: an Exchange 2007 Hub Transport, Client Access, Mailbox or Unified Messaging server has the IIS
 * 6.0 or later management console and COM+ network access installed. Read from {@code Server.windowsFeatures}
 * ({@link WindowsFeatureNames}); servers that list no feature are not reported. Edge Transport runs without IIS.
 */
public final class Exch2007Install004IisConsoleAndComPlus extends AbstractRule {

	public Exch2007Install004IisConsoleAndComPlus() {
		super("EXCH2007-INSTALL-004", RuleCategory.CONFIGURATION, Severity.ERROR,
				"IIS 6.0 or later console and COM+ network access", "000 L421");
	}

	static boolean isExchange2007NonEdge(RoleInstance ri) {
		return RoleNames.isVersion(ri, "2007") && (RoleNames.is(ri, RoleNames.HUB_TRANSPORT)
				|| RoleNames.is(ri, RoleNames.CLIENT_ACCESS) || RoleNames.is(ri, RoleNames.MAILBOX)
				|| RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING));
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (!WindowsFeatureNames.modeled(s) || s.getRoles().stream().noneMatch(Exch2007Install004IisConsoleAndComPlus::isExchange2007NonEdge)) {
				continue;
			}
			List<String> missing = WindowsFeatureNames.missing(s,
					List.of(WindowsFeatureNames.IIS_CONSOLE, WindowsFeatureNames.COM_PLUS_NETWORK_ACCESS));
			if (!missing.isEmpty()) {
				findings.add(info(), s, "Exchange 2007 server " + q(s) + " lacks " + String.join(" and ", missing)
						+ " among its Windows features " + s.getWindowsFeatures() + cite());
			}
		}
	}
}
