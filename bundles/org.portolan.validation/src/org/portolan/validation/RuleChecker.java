package org.portolan.validation;

/**
 * One rule (one checker class per rule). Checkers are stateless; everything a run shares (the required flows, the
 * firewall evaluation) comes from the {@link ValidationContext}, which computes it once per topology and run.
 */
public interface RuleChecker {

	RuleInfo info();

	void check(ValidationContext context, Findings findings);
}
