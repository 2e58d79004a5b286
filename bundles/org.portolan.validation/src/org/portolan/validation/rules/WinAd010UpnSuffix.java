package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.portolan.model.Domain;
import org.portolan.model.DomainUser;
import org.portolan.model.Forest;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * WIN-AD-010: a user's UPN suffix is the domain's DNS name, the forest root domain name, or an alternative UPN suffix
 * added to the forest.
 */
public final class WinAd010UpnSuffix extends AbstractRule {

	public WinAd010UpnSuffix() {
		super("WIN-AD-010", RuleCategory.DIRECTORY, Severity.ERROR,
				"UPN suffix is the domain name, the forest root domain name or an alternative UPN suffix", "000 L761-785");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Forest forest : context.topology().getForests()) {
			for (Domain d : forest.getDomains()) {
				Set<String> allowed = new LinkedHashSet<>();
				add(allowed, d.getFqdn());
				add(allowed, forest.getFqdn());
				if (!forest.getDomains().isEmpty()) {
					add(allowed, forest.getDomains().get(0).getFqdn());
				}
				for (String s : forest.getUpnSuffixes()) {
					add(allowed, s);
				}
				for (DomainUser u : d.getUsers()) {
					String upn = u.getUserPrincipalName();
					if (upn == null || !upn.contains("@")) {
						continue;
					}
					String suffix = upn.substring(upn.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
					if (!allowed.contains(suffix)) {
						findings.add(info(), u, "User " + q(u) + " has UPN '" + upn + "' whose suffix '" + suffix
								+ "' is neither domain " + q(d) + ", the forest root domain nor an alternative UPN suffix of forest "
								+ q(forest) + " " + allowed + cite(), d);
					}
				}
			}
		}
	}

	private static void add(Set<String> set, String s) {
		if (s != null && !s.isBlank()) {
			set.add(s.trim().toLowerCase(Locale.ROOT));
		}
	}
}
