package org.portolan.validation;

/** What a rule is about. */
public enum RuleCategory {
	/** Firewall rules versus required flows. */
	FIREWALL,
	/** Certificate names, validity and trust. */
	CERTIFICATE,
	/** Supported configurations: installation prerequisites, role placement, connectors. */
	CONFIGURATION,
	/** Active Directory, password policy, naming. */
	DIRECTORY,
	/** Load balancing and IPsec. */
	NETWORK
}
