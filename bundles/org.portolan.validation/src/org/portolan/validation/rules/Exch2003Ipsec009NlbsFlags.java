package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.ConfigSetting;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.Pool;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2003-IPSEC-009 (also covers EXCH2003-IPSEC-008): when an IPsec policy covers an Exchange 2003 front-end server
 * and a back-end, the front end sets the registry value NLBSFlags = 1 (a ConfigSetting named NLBSFlags on the server
 * or its role), otherwise IPsec takes about 6 minutes instead of 2 to recover after an unplanned failover.
 */
public final class Exch2003Ipsec009NlbsFlags extends AbstractRule {

	public Exch2003Ipsec009NlbsFlags() {
		super("EXCH2003-IPSEC-009", RuleCategory.CONFIGURATION, Severity.WARNING,
				"NLBSFlags = 1 on the Exchange 2003 front end of an IPsec FE/BE cluster", "002 L43-57 (failover times, EXCH2003-IPSEC-008: L39-41, L59-61)");
	}

	private static boolean isExchange2003(RoleInstance ri) {
		return RoleNames.isVersion(ri, "2003") && RoleNames.productText(ri).contains("exchange");
	}

	private static boolean is(Server s, String canonical) {
		return s.getRoles().stream().anyMatch(r -> isExchange2003(r) && RoleNames.is(r, canonical));
	}

	private static String nlbsFlags(Server s) {
		for (ConfigSetting c : s.getSettings()) {
			if ("nlbsflags".equals(RoleNames.normalize(c.getName()))) {
				return c.getValue();
			}
		}
		for (RoleInstance ri : s.getRoles()) {
			for (ConfigSetting c : ri.getSettings()) {
				if ("nlbsflags".equals(RoleNames.normalize(c.getName()))) {
					return c.getValue();
				}
			}
		}
		return null;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (IpsecPolicy policy : context.topology().getIpsecPolicies()) {
			Set<Server> scope = new LinkedHashSet<>();
			for (Addressable a : policy.getScope()) {
				if (a instanceof Server s) {
					scope.add(s);
				} else if (a instanceof Pool p) {
					scope.addAll(p.getMembers());
				} else if (a instanceof RoleInstance ri && ri.eContainer() instanceof Server s) {
					scope.add(s);
				}
			}
			boolean backEnd = scope.stream().anyMatch(s -> is(s, "backend"));
			if (!backEnd) {
				continue;
			}
			for (Server fe : scope) {
				if (!is(fe, "frontend")) {
					continue;
				}
				String value = nlbsFlags(fe);
				if (value == null || !"1".equals(value.trim().toLowerCase(Locale.ROOT))) {
					findings.add(info(), fe, "Exchange 2003 front end " + q(fe) + " in IPsec policy " + q(policy)
							+ " with a back end has NLBSFlags " + (value == null ? "unset" : "= " + value)
							+ "; set it to 1 so IPsec recovers in about 2 minutes instead of 6 after an unplanned failover"
							+ cite(), policy);
				}
			}
		}
	}
}
