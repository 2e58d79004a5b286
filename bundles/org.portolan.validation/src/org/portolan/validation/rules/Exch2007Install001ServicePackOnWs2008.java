package org.portolan.validation.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portolan.analysis.RoleNames;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-INSTALL-001: on Windows Server 2008 only Exchange 2007 SP1 or later installs. The service pack is read
 * from the role instance's servicePack ("SP1", "1") or, failing that, from its productVersion ("2007 SP2").
 */
public final class Exch2007Install001ServicePackOnWs2008 extends AbstractRule {

	private static final Pattern SP = Pattern.compile("(?:sp|service pack)\\s*(\\d+)");

	public Exch2007Install001ServicePackOnWs2008() {
		super("EXCH2007-INSTALL-001", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Exchange 2007 on Windows Server 2008 requires Exchange 2007 SP1 or later",
				"000 L417 (the source says 'Exchange Server 2008', meaning Windows Server 2008)");
	}

	static boolean isWindowsServer2008(Server s) {
		String os = ((s.getOsVersion() == null ? "" : s.getOsVersion()) + " "
				+ (s.getOsEdition() == null ? "" : s.getOsEdition())).toLowerCase(Locale.ROOT);
		return os.contains("2008");
	}

	static boolean isExchangeRole(RoleInstance ri) {
		return RoleNames.is(ri, RoleNames.MAILBOX) || RoleNames.is(ri, RoleNames.CLIENT_ACCESS)
				|| RoleNames.is(ri, RoleNames.HUB_TRANSPORT) || RoleNames.is(ri, RoleNames.EDGE_TRANSPORT)
				|| RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING);
	}

	/** Service pack number of a role instance, 0 if none is stated. */
	static int servicePack(RoleInstance ri) {
		String sp = ri.getServicePack();
		if (sp != null && !sp.isBlank()) {
			Matcher m = Pattern.compile("(\\d+)").matcher(sp);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		Matcher m = SP.matcher(ri.getProductVersion() == null ? "" : ri.getProductVersion().toLowerCase(Locale.ROOT));
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (!isWindowsServer2008(s)) {
				continue;
			}
			for (RoleInstance ri : s.getRoles()) {
				if (isExchangeRole(ri) && RoleNames.isVersion(ri, "2007") && servicePack(ri) < 1) {
					findings.add(info(), ri, "Exchange 2007 role " + q(ri) + " on server " + q(s)
							+ " runs on Windows Server 2008 without Exchange 2007 SP1 or later; earlier builds do not "
							+ "install" + cite(), s);
				}
			}
		}
	}
}
