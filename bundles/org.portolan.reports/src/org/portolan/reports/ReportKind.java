package org.portolan.reports;

/** The reports Portolan produces, in the order of the combined HTML report. */
public enum ReportKind {
	FIREWALL_RULES("Firewall rules"),
	CERTIFICATES("Certificate requirements"),
	PORT_MATRIX("Port matrix"),
	HOST_FIREWALL("Host firewall rules"),
	LOAD_BALANCER("Load balancer ports"),
	IPSEC_EXCEPTIONS("IPsec exceptions"),
	DNS_RECORDS("DNS records"),
	VALIDATION("Validation summary");

	private final String title;

	ReportKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
