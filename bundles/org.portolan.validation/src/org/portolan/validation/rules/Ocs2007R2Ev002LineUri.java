package org.portolan.validation.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.portolan.model.Domain;
import org.portolan.model.DomainUser;
import org.portolan.model.Forest;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * OCS2007R2-EV-002: every Enterprise Voice user has a line URI (msRTCSIP-line) that is normalized — E.164
 * ({@code +14255550100}), {@code <E.164>;ext=<n>} or a digit string, optionally with a {@code tel:} prefix — and unique
 * across all users of the topology. Reported on the user.
 */
public final class Ocs2007R2Ev002LineUri extends AbstractRule {

	private static final Pattern NORMALIZED = Pattern.compile("(tel:)?(\\+\\d{4,15}(;ext=\\d+)?|\\d+)");

	public Ocs2007R2Ev002LineUri() {
		super("OCS2007R2-EV-002", RuleCategory.DIRECTORY, Severity.ERROR,
				"Enterprise Voice line URI (msRTCSIP-line) is normalized and unique", "000 L628-632");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		Map<String, DomainUser> seen = new HashMap<>();
		for (Forest forest : context.topology().getForests()) {
			for (Domain d : forest.getDomains()) {
				for (DomainUser u : d.getUsers()) {
					if (!u.isEnterpriseVoiceEnabled()) {
						continue;
					}
					String line = u.getLineUri() == null ? "" : u.getLineUri().trim();
					if (line.isEmpty()) {
						findings.add(info(), u, "Enterprise Voice user " + q(u) + " has no line URI" + cite());
					} else if (!NORMALIZED.matcher(line).matches()) {
						findings.add(info(), u, "Line URI '" + line + "' of Enterprise Voice user " + q(u)
								+ " is not normalized (E.164, <E.164>;ext=<n> or digits)" + cite());
					} else {
						String key = line.startsWith("tel:") ? line.substring(4) : line;
						DomainUser other = seen.putIfAbsent(key, u);
						if (other != null) {
							findings.add(info(), u, "Line URI '" + line + "' of Enterprise Voice user " + q(u)
									+ " is also assigned to " + q(other) + "; line URIs must be unique" + cite(), other);
						}
					}
				}
			}
		}
	}
}
