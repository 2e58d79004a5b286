package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.ServiceStartupType;
import org.portolan.model.ServiceState;
import org.portolan.model.Server;
import org.portolan.model.WindowsService;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * WIN-SVC-009: on a domain member the Windows Time service (W32Time) keeps the clock synchronized with the domain
 * (NTP/SNTP, UDP 123); disabled or stopped, the clock drifts (Kerberos tolerates 5 minutes: general knowledge). Read
 * from the server's modeled {@code WindowsService}s; the UDP 123 flows are checked by FW-PORT-001.
 */
public final class WinSvc009WindowsTime extends AbstractRule {

	public WinSvc009WindowsTime() {
		super("WIN-SVC-009", RuleCategory.CONFIGURATION, Severity.WARNING,
				"Windows Time (W32Time) runs on domain members", "000 L3259");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (s.getDomain() == null) {
				continue;
			}
			for (WindowsService w : s.getServices()) {
				boolean time = "w32time".equals(RoleNames.normalize(w.getName()))
						|| "windowstime".equals(RoleNames.normalize(w.getDisplayName()));
				if (time && (w.getStartupType() == ServiceStartupType.DISABLED || w.getState() == ServiceState.STOPPED)) {
					findings.add(info(), w, "Windows Time service " + q(w) + " on domain member " + q(s) + " is "
							+ (w.getStartupType() == ServiceStartupType.DISABLED ? "disabled" : "stopped")
							+ "; the clock is then not synchronized with domain " + q(s.getDomain()) + cite(), s);
				}
			}
		}
	}
}
