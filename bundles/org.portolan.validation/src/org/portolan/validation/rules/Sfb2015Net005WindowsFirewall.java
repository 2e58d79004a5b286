package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** SFB2015-NET-005: Setup opens the Windows Firewall ports; warn when Windows Firewall is off on an SfB 2015 server. */
public final class Sfb2015Net005WindowsFirewall extends AbstractRule {

	public Sfb2015Net005WindowsFirewall() {
		super("SFB2015-NET-005", RuleCategory.NETWORK, Severity.WARNING,
				"Windows Firewall in use on Skype for Business Server 2015 servers (Setup opens its ports)",
				"004 L45-46 (ambiguous machine translation)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (s.isHostFirewallEnabled()) {
				continue;
			}
			for (RoleInstance ri : s.getRoles()) {
				String text = RoleNames.productText(ri);
				if (RoleNames.isVersion(ri, "2015") && (text.contains("skype") || text.contains("sfb"))) {
					findings.add(info(), s, "Windows Firewall is disabled on Skype for Business Server 2015 server "
							+ q(s) + " (role " + q(ri) + "); Setup creates its port exceptions in Windows Firewall" + cite());
					break;
				}
			}
		}
	}
}
