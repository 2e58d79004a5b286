package org.portolan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;

/**
 * Immutable set of TCP/UDP port numbers (0-65535) kept as sorted, disjoint, non-adjacent inclusive intervals.
 * Converts the model's {@link PortSpec} into numbers so firewall rules and required flows can be compared.
 */
public final class PortSet {

	public static final int MAX_PORT = 65535;
	public static final PortSet EMPTY = new PortSet(new int[0]);
	public static final PortSet ALL = new PortSet(new int[] { 0, MAX_PORT });
	/**
	 * Ports the RPC endpoint mapper hands out when no restricted range is configured: "above 1024"
	 * (rules.md WIN-NET-004; KB 832017 in 000 L1295-3324 gives 1024-65535 for Windows Server 2003).
	 */
	public static final PortSet DEFAULT_DYNAMIC = new PortSet(new int[] { 1024, MAX_PORT });

	/** Flattened start/end pairs, sorted. */
	private final int[] bounds;

	private PortSet(int[] bounds) {
		this.bounds = bounds;
	}

	public static PortSet of(int... ports) {
		Builder b = new Builder();
		for (int p : ports) {
			b.add(p, p);
		}
		return b.build();
	}

	public static PortSet range(int start, int end) {
		return new Builder().add(start, end).build();
	}

	/**
	 * The ports a spec denotes. {@code null} and ANY denote all ports; DYNAMIC_RPC its fixed companions plus its
	 * ranges or, without ranges, {@code dynamicDefault}; DYNAMIC its ranges or {@code dynamicDefault};
	 * NOT_APPLICABLE and UNSPECIFIED the empty set (check {@link #isPortless(PortSpec)} first).
	 */
	public static PortSet of(PortSpec spec, PortSet dynamicDefault) {
		if (spec == null) {
			return ALL;
		}
		Builder b = new Builder();
		switch (spec.getKind()) {
		case ANY:
			return ALL;
		case NOT_APPLICABLE:
		case UNSPECIFIED:
			return EMPTY;
		case DYNAMIC_RPC:
		case DYNAMIC:
			for (int p : spec.getPorts()) {
				b.add(p, p);
			}
			if (spec.getRanges().isEmpty()) {
				b.addAll(dynamicDefault == null ? DEFAULT_DYNAMIC : dynamicDefault);
			}
			for (PortRange r : spec.getRanges()) {
				b.add(r.getStart(), r.getEnd());
			}
			return b.build();
		default:
			for (int p : spec.getPorts()) {
				b.add(p, p);
			}
			for (PortRange r : spec.getRanges()) {
				b.add(r.getStart(), r.getEnd());
			}
			return b.build();
		}
	}

	/** True when the spec names no port numbers a firewall could filter on (IP protocols, ICMP, unstated). */
	public static boolean isPortless(PortSpec spec) {
		return spec != null && switch (spec.getKind()) {
		case NOT_APPLICABLE, UNSPECIFIED -> true;
		default -> false;
		};
	}

	public boolean isEmpty() {
		return bounds.length == 0;
	}

	public boolean isAll() {
		return bounds.length == 2 && bounds[0] == 0 && bounds[1] == MAX_PORT;
	}

	public boolean contains(int port) {
		for (int i = 0; i < bounds.length; i += 2) {
			if (port >= bounds[i] && port <= bounds[i + 1]) {
				return true;
			}
		}
		return false;
	}

	public boolean containsAll(PortSet other) {
		return other.minus(this).isEmpty();
	}

	public int size() {
		int n = 0;
		for (int i = 0; i < bounds.length; i += 2) {
			n += bounds[i + 1] - bounds[i] + 1;
		}
		return n;
	}

	public PortSet union(PortSet other) {
		return new Builder().addAll(this).addAll(other).build();
	}

	public PortSet intersect(PortSet other) {
		Builder b = new Builder();
		for (int i = 0; i < bounds.length; i += 2) {
			for (int j = 0; j < other.bounds.length; j += 2) {
				int s = Math.max(bounds[i], other.bounds[j]);
				int e = Math.min(bounds[i + 1], other.bounds[j + 1]);
				if (s <= e) {
					b.add(s, e);
				}
			}
		}
		return b.build();
	}

	public PortSet minus(PortSet other) {
		List<int[]> current = new ArrayList<>();
		for (int i = 0; i < bounds.length; i += 2) {
			current.add(new int[] { bounds[i], bounds[i + 1] });
		}
		for (int j = 0; j < other.bounds.length; j += 2) {
			int os = other.bounds[j];
			int oe = other.bounds[j + 1];
			List<int[]> next = new ArrayList<>();
			for (int[] r : current) {
				if (oe < r[0] || os > r[1]) {
					next.add(r);
					continue;
				}
				if (os > r[0]) {
					next.add(new int[] { r[0], os - 1 });
				}
				if (oe < r[1]) {
					next.add(new int[] { oe + 1, r[1] });
				}
			}
			current = next;
		}
		Builder b = new Builder();
		for (int[] r : current) {
			b.add(r[0], r[1]);
		}
		return b.build();
	}

	/** Intervals as {start, end} pairs. */
	public List<int[]> intervals() {
		List<int[]> result = new ArrayList<>();
		for (int i = 0; i < bounds.length; i += 2) {
			result.add(new int[] { bounds[i], bounds[i + 1] });
		}
		return Collections.unmodifiableList(result);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PortSet p && java.util.Arrays.equals(bounds, p.bounds);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(bounds);
	}

	/** "any", "443", "5061, 50000-59999", "none". */
	@Override
	public String toString() {
		if (isAll()) {
			return "any";
		}
		if (isEmpty()) {
			return "none";
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < bounds.length; i += 2) {
			if (sb.length() > 0) {
				sb.append(", ");
			}
			sb.append(bounds[i]);
			if (bounds[i + 1] != bounds[i]) {
				sb.append('-').append(bounds[i + 1]);
			}
		}
		return sb.toString();
	}

	/** Accumulates intervals and normalizes them. */
	public static final class Builder {
		private final List<int[]> ranges = new ArrayList<>();

		public Builder add(int start, int end) {
			int s = Math.max(0, Math.min(start, end));
			int e = Math.min(MAX_PORT, Math.max(start, end));
			if (s <= e) {
				ranges.add(new int[] { s, e });
			}
			return this;
		}

		public Builder addAll(PortSet set) {
			for (int i = 0; i < set.bounds.length; i += 2) {
				ranges.add(new int[] { set.bounds[i], set.bounds[i + 1] });
			}
			return this;
		}

		public PortSet build() {
			if (ranges.isEmpty()) {
				return EMPTY;
			}
			ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
			List<int[]> merged = new ArrayList<>();
			for (int[] r : ranges) {
				int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
				if (last != null && r[0] <= last[1] + 1) {
					last[1] = Math.max(last[1], r[1]);
				} else {
					merged.add(new int[] { r[0], r[1] });
				}
			}
			int[] b = new int[merged.size() * 2];
			for (int i = 0; i < merged.size(); i++) {
				b[2 * i] = merged.get(i)[0];
				b[2 * i + 1] = merged.get(i)[1];
			}
			return new PortSet(b);
		}
	}
}
