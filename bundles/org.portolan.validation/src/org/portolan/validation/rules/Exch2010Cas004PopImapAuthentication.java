package org.portolan.validation.rules;

import java.util.Locale;

import org.portolan.analysis.RoleNames;
import org.portolan.model.ConfigSetting;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-CAS-004: Integrated Windows authentication (NTLM) is not supported for POP3/IMAP4 client connections. Reads
 * ConfigSettings of Client Access role instances (or their servers) whose key names POP3 or IMAP4 and
 * authentication (e.g. {@code POP3Authentication}, {@code IMAP4.LoginType}) and whose value names NTLM/IWA/Integrated.
 */
public final class Exch2010Cas004PopImapAuthentication extends AbstractRule {

	public Exch2010Cas004PopImapAuthentication() {
		super("EXCH2010-CAS-004", RuleCategory.CONFIGURATION, Severity.ERROR,
				"NTLM (Integrated Windows authentication) is not supported for POP3/IMAP4", "001 L593");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			for (RoleInstance ri : s.getRoles()) {
				if (!RoleNames.is(ri, RoleNames.CLIENT_ACCESS) || !RoleNames.isVersion(ri, "2010")) {
					continue;
				}
				for (ConfigSetting setting : ri.getSettings()) {
					report(findings, setting, ri);
				}
				for (ConfigSetting setting : s.getSettings()) {
					report(findings, setting, ri);
				}
			}
		}
	}

	private void report(Findings findings, ConfigSetting setting, RoleInstance ri) {
		String key = RoleNames.normalize(setting.getName());
		String value = setting.getValue() == null ? "" : setting.getValue().toLowerCase(Locale.ROOT);
		boolean popImap = key.contains("pop3") || key.contains("imap4") || key.contains("pop") || key.contains("imap");
		boolean auth = key.contains("auth") || key.contains("logintype") || key.contains("login");
		boolean ntlm = value.contains("ntlm") || value.contains("iwa") || value.contains("integrated");
		if (popImap && auth && ntlm) {
			findings.add(info(), setting, "Setting " + q(setting) + " = '" + setting.getValue() + "' of Client Access "
					+ q(ri) + " uses NTLM/Integrated Windows authentication, which POP3/IMAP4 do not support" + cite(), ri);
		}
	}
}
