package org.portolan.validation.rules;

import org.portolan.model.Domain;
import org.portolan.model.Forest;
import org.portolan.model.PasswordPolicy;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** Password policy value ranges (rules.md section 13, 000 L662-756). Findings are on the domain. */
public final class PasswordPolicyRules {

	private PasswordPolicyRules() {
	}

	private abstract static class PolicyRule extends AbstractRule {
		PolicyRule(String id, Severity severity, String title, String source) {
			super(id, RuleCategory.DIRECTORY, severity, title, source);
		}

		@Override
		public final void check(ValidationContext context, Findings findings) {
			for (Forest forest : context.topology().getForests()) {
				for (Domain d : forest.getDomains()) {
					if (d.getPasswordPolicy() != null) {
						check(d, d.getPasswordPolicy(), findings);
					}
				}
			}
		}

		abstract void check(Domain d, PasswordPolicy p, Findings findings);
	}

	/** WIN-PWD-001: Enforce password history is 0..24. */
	public static final class History extends PolicyRule {
		public History() {
			super("WIN-PWD-001", Severity.ERROR, "Enforce password history is between 0 and 24", "000 L662-673");
		}

		@Override
		void check(Domain d, PasswordPolicy p, Findings findings) {
			if (p.getHistorySize() < 0 || p.getHistorySize() > 24) {
				findings.add(info(), d, "Password policy of domain " + q(d) + " remembers " + p.getHistorySize()
						+ " passwords; the value must be between 0 and 24" + cite());
			}
		}
	}

	/** WIN-PWD-002: Maximum password age 0..999, above the minimum; warning if 0 or outside 30..90. */
	public static final class MaximumAge extends PolicyRule {
		public MaximumAge() {
			super("WIN-PWD-002", Severity.ERROR,
					"Maximum password age is 0..999 days and greater than the minimum age", "000 L677-685");
		}

		@Override
		void check(Domain d, PasswordPolicy p, Findings findings) {
			int max = p.getMaxAgeDays();
			if (max < 0 || max > 999) {
				findings.add(info(), d, "Maximum password age of domain " + q(d) + " is " + max
						+ " days; it must be between 0 and 999" + cite());
			} else if (max >= 1 && p.getMinAgeDays() >= max) {
				findings.add(info(), d, "Maximum password age of domain " + q(d) + " (" + max
						+ " days) is not greater than the minimum password age (" + p.getMinAgeDays() + " days)" + cite());
			} else if (max == 0 || max < 30 || max > 90) {
				findings.add(info(), Severity.WARNING, d, "Maximum password age of domain " + q(d) + " is " + max
						+ (max == 0 ? " (passwords never expire)" : " days") + "; 30 to 90 days is recommended" + cite());
			}
		}
	}

	/** WIN-PWD-003: Minimum password age 0..998; with history, a minimum of 0 defeats the history. */
	public static final class MinimumAge extends PolicyRule {
		public MinimumAge() {
			super("WIN-PWD-003", Severity.ERROR, "Minimum password age is 0..998 days and effective with history",
					"000 L689-702");
		}

		@Override
		void check(Domain d, PasswordPolicy p, Findings findings) {
			int min = p.getMinAgeDays();
			if (min < 0 || min > 998) {
				findings.add(info(), d, "Minimum password age of domain " + q(d) + " is " + min
						+ " days; it must be between 0 and 998" + cite());
			} else if (min == 0 && p.getHistorySize() > 0) {
				findings.add(info(), Severity.WARNING, d, "Minimum password age of domain " + q(d)
						+ " is 0, so users can cycle through the password history of " + p.getHistorySize()
						+ " at once; set a minimum age above 0" + cite());
			}
		}
	}

	/** WIN-PWD-004: Minimum password length 0..14; 0 means no password required (warning). */
	public static final class MinimumLength extends PolicyRule {
		public MinimumLength() {
			super("WIN-PWD-004", Severity.ERROR, "Minimum password length is 0..14 characters", "000 L706-715");
		}

		@Override
		void check(Domain d, PasswordPolicy p, Findings findings) {
			int len = p.getMinLength();
			if (len < 0 || len > 14) {
				findings.add(info(), d, "Minimum password length of domain " + q(d) + " is " + len
						+ "; it must be between 0 and 14 characters" + cite());
			} else if (len == 0) {
				findings.add(info(), Severity.WARNING, d, "Minimum password length of domain " + q(d)
						+ " is 0: no password is required" + cite());
			}
		}
	}

	/** WIN-PWD-006: storing passwords with reversible encryption is a risk (warning). */
	public static final class ReversibleEncryption extends PolicyRule {
		public ReversibleEncryption() {
			super("WIN-PWD-006", Severity.WARNING, "Passwords are not stored with reversible encryption",
					"000 L746-756");
		}

		@Override
		void check(Domain d, PasswordPolicy p, Findings findings) {
			if (p.isReversibleEncryption()) {
				findings.add(info(), d, "Password policy of domain " + q(d)
						+ " stores passwords using reversible encryption; enable it only where CHAP or Digest "
						+ "authentication requires it" + cite());
			}
		}
	}
}
