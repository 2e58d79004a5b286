package org.portolan.analysis;

/** Minimal IPv4 parsing for firewall address specifications. */
public final class Ipv4 {

	private Ipv4() {
	}

	/** The address as an unsigned 32-bit value, or -1 if it is not a dotted IPv4 address. */
	public static long parse(String s) {
		if (s == null) {
			return -1;
		}
		String[] parts = s.trim().split("\\.");
		if (parts.length != 4) {
			return -1;
		}
		long value = 0;
		for (String p : parts) {
			try {
				int octet = Integer.parseInt(p);
				if (octet < 0 || octet > 255) {
					return -1;
				}
				value = (value << 8) | octet;
			} catch (NumberFormatException e) {
				return -1;
			}
		}
		return value;
	}

	/**
	 * Whether {@code cidr} ("10.0.0.0/8") contains {@code address}. A /0 network contains everything, including
	 * "any external host" whose address is unknown ({@code anyHost}).
	 */
	public static boolean cidrContains(String cidr, String address, boolean anyHost) {
		if (cidr == null) {
			return false;
		}
		int slash = cidr.indexOf('/');
		if (slash < 0) {
			long a = parse(address);
			return a >= 0 && a == parse(cidr);
		}
		int prefix;
		try {
			prefix = Integer.parseInt(cidr.substring(slash + 1).trim());
		} catch (NumberFormatException e) {
			return false;
		}
		if (prefix == 0) {
			return true;
		}
		if (anyHost) {
			return false;
		}
		long net = parse(cidr.substring(0, slash));
		long a = parse(address);
		if (net < 0 || a < 0 || prefix < 0 || prefix > 32) {
			return false;
		}
		long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
		return (net & mask) == (a & mask);
	}

	/** Whether "a.b.c.d-e.f.g.h" contains {@code address}. */
	public static boolean rangeContains(String range, String address) {
		if (range == null) {
			return false;
		}
		int dash = range.indexOf('-');
		if (dash < 0) {
			return false;
		}
		long lo = parse(range.substring(0, dash));
		long hi = parse(range.substring(dash + 1));
		long a = parse(address);
		return lo >= 0 && hi >= 0 && a >= 0 && a >= lo && a <= hi;
	}

	/** Whether an IPv4 address lies in a subnet given as CIDR. */
	public static boolean inSubnet(String address, String cidr) {
		return cidrContains(cidr, address, false);
	}
}
