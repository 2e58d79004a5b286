package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.Organization;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-INSTALL-005: Exchange 2007 on Windows Server 2008 needs, before Setup, the Active Directory management
 * tools (RSAT-ADDS), PowerShell 1.0 or later, the IIS features for Hub Transport, Client Access and Mailbox, RPC over
 * HTTP Proxy when a Client Access server publishes Outlook Anywhere, and IPv6 enabled (000 L468-480, commands
 * L522-570). Features are read from {@code Server.windowsFeatures} when the server lists any ({@link
 * WindowsFeatureNames}); {@code ipv6Enabled = false} is reported always. .NET Framework 2.0 ships with Windows Server
 * 2008 and is not asked for. Edge Transport needs PowerShell only (no IIS, no AD tools: it is not a domain member).
 */
public final class Exch2007Install005Ws2008Prerequisites extends AbstractRule {

	public Exch2007Install005Ws2008Prerequisites() {
		super("EXCH2007-INSTALL-005", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Windows Server 2008 prerequisites for Exchange 2007", "000 L468-480, commands L522-570");
	}

	private static boolean outlookAnywhere(ValidationContext context, Server s) {
		for (RoleInstance ri : s.getRoles()) {
			if (ri.getFeatures().stream().anyMatch(f -> RoleNames.normalize(f).equals("outlookanywhere"))) {
				return true;
			}
		}
		for (Organization o : context.topology().getOrganizations()) {
			if (o.getFeatures().stream().anyMatch(f -> RoleNames.normalize(f).equals("outlookanywhere"))) {
				return true;
			}
		}
		for (PublishedName pn : context.topology().getPublishedNames()) {
			if (pn.getKind() == PublishedNameKind.OUTLOOK_ANYWHERE_HOST) {
				for (Addressable a : pn.getServedBy()) {
					if (a == s || s.getRoles().contains(a) || s.getInterfaces().contains(a)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.topology().getServers()) {
			if (!Exch2007Install001ServicePackOnWs2008.isWindowsServer2008(s)) {
				continue;
			}
			boolean exchange2007 = s.getRoles().stream().anyMatch(
					ri -> RoleNames.isVersion(ri, "2007") && Exch2007Install001ServicePackOnWs2008.isExchangeRole(ri));
			if (!exchange2007) {
				continue;
			}
			boolean nonEdge = s.getRoles().stream().anyMatch(Exch2007Install004IisConsoleAndComPlus::isExchange2007NonEdge);
			List<String> missing = new ArrayList<>();
			if (WindowsFeatureNames.modeled(s)) {
				List<WindowsFeatureNames.Feature> required = new ArrayList<>();
				required.add(WindowsFeatureNames.POWERSHELL);
				if (nonEdge) {
					required.add(0, WindowsFeatureNames.RSAT_ADDS);
				}
				boolean webRoles = s.getRoles().stream().anyMatch(ri -> RoleNames.isVersion(ri, "2007")
						&& (RoleNames.is(ri, RoleNames.HUB_TRANSPORT) || RoleNames.is(ri, RoleNames.CLIENT_ACCESS)
								|| RoleNames.is(ri, RoleNames.MAILBOX)));
				if (webRoles) {
					required.addAll(WindowsFeatureNames.IIS);
				}
				if (ValidationContext.has(s, RoleNames.CLIENT_ACCESS, "2007") && outlookAnywhere(context, s)) {
					required.add(WindowsFeatureNames.RPC_OVER_HTTP_PROXY);
				}
				missing.addAll(WindowsFeatureNames.missing(s, required));
			}
			if (!s.isIpv6Enabled()) {
				missing.add("IPv6 enabled before deployment (ipv6 is false)");
			}
			if (!missing.isEmpty()) {
				findings.add(info(), s, "Exchange 2007 server " + q(s) + " on Windows Server 2008 lacks the Setup "
						+ "prerequisites: " + String.join(", ", missing) + cite());
			}
		}
	}
}
