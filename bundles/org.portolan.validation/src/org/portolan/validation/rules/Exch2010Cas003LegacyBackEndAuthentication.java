package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.IssuerKind;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-CAS-003: when Exchange 2010 Client Access servers talk to Exchange 2003 mailbox (back-end) servers, the
 * 2003 virtual directories use Kerberos rather than NTLM or Basic (warning), the Microsoft-Server-ActiveSync virtual
 * directory of the 2003 back end has Integrated Windows authentication (error: Exchange ActiveSync through the 2010 CAS
 * fails otherwise), and Outlook Web App on the 2010 CAS uses forms-based authentication with a trusted (not
 * self-signed) certificate (warning). Virtual directories are the {@code PublishedName}s served by the servers and
 * their {@code authenticationMethods}; names without stated methods are not reported.
 */
public final class Exch2010Cas003LegacyBackEndAuthentication extends AbstractRule {

	public Exch2010Cas003LegacyBackEndAuthentication() {
		super("EXCH2010-CAS-003", RuleCategory.CONFIGURATION, Severity.WARNING,
				"CAS talking to Exchange 2003 mailbox servers: Kerberos, FBA with a trusted certificate, IWA on Microsoft-Server-ActiveSync",
				"001 L603-607");
	}

	static boolean isExchange2003BackEnd(RoleInstance ri) {
		return RoleNames.isVersion(ri, "2003") && RoleNames.productText(ri).contains("exchange")
				&& (RoleNames.is(ri, "backend") || RoleNames.is(ri, RoleNames.MAILBOX));
	}

	private static List<String> methods(PublishedName pn) {
		List<String> result = new ArrayList<>();
		for (String m : pn.getAuthenticationMethods()) {
			result.add(RoleNames.normalize(m));
		}
		return result;
	}

	private static boolean any(List<String> methods, String... names) {
		for (String m : methods) {
			for (String n : names) {
				if (m.contains(n)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean servedByAny(PublishedName pn, List<Server> servers) {
		for (Addressable a : pn.getServedBy()) {
			for (Server s : servers) {
				if (Servers.denotes(a, s)) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> cas = context.serversWith(RoleNames.CLIENT_ACCESS, "2010");
		List<Server> backEnds = new ArrayList<>();
		for (Server s : context.topology().getServers()) {
			if (s.getRoles().stream().anyMatch(Exch2010Cas003LegacyBackEndAuthentication::isExchange2003BackEnd)) {
				backEnds.add(s);
			}
		}
		if (cas.isEmpty() || backEnds.isEmpty()) {
			return;
		}
		String pair = " (Exchange 2010 Client Access " + names(cas) + " with Exchange 2003 back end(s) " + names(backEnds) + ")";
		for (PublishedName pn : context.topology().getPublishedNames()) {
			List<String> m = methods(pn);
			if (m.isEmpty()) {
				continue;
			}
			if (servedByAny(pn, backEnds)) {
				if (pn.getKind() == PublishedNameKind.ACTIVESYNC_URL && !any(m, "iwa", "integrated", "windows", "negotiate", "kerberos")) {
					findings.add(info(), Severity.ERROR, pn, "Microsoft-Server-ActiveSync virtual directory " + q(pn)
							+ " of the Exchange 2003 back end has no Integrated Windows authentication (" + String.join(", ", pn.getAuthenticationMethods())
							+ "); Exchange ActiveSync through the 2010 Client Access server needs it" + pair + cite());
				}
				List<String> weak = new ArrayList<>();
				for (String raw : pn.getAuthenticationMethods()) {
					String n = RoleNames.normalize(raw);
					if (n.contains("ntlm") || n.contains("basic")) {
						weak.add(raw);
					}
				}
				if (!weak.isEmpty()) {
					findings.add(info(), pn, "Virtual directory " + q(pn) + " of the Exchange 2003 back end allows "
							+ String.join(", ", weak) + "; disable NTLM and Basic and use Kerberos" + pair + cite());
				}
			}
			if (pn.getKind() == PublishedNameKind.OWA_URL && servedByAny(pn, cas)) {
				List<String> problems = new ArrayList<>();
				if (!any(m, "fba", "forms")) {
					problems.add("it does not use forms-based authentication (" + String.join(", ", pn.getAuthenticationMethods()) + ")");
				}
				if (pn.getCertificate() != null && pn.getCertificate().getIssuerKind() == IssuerKind.SELF_SIGNED) {
					problems.add("its certificate " + q(pn.getCertificate()) + " is self-signed, not trusted");
				}
				if (!problems.isEmpty()) {
					findings.add(info(), pn, "Outlook Web App " + q(pn) + " on the Exchange 2010 Client Access server: "
							+ String.join("; ", problems) + pair + cite());
				}
			}
		}
	}

	private static String names(List<Server> servers) {
		List<String> n = new ArrayList<>();
		for (Server s : servers) {
			n.add(q(s));
		}
		return String.join(", ", n);
	}
}
