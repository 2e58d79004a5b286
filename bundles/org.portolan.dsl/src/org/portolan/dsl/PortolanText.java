package org.portolan.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.portolan.model.CatalogEntry;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.InterfaceSide;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.NamedElement;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.RoleDefinition;
import org.portolan.model.SourceReference;
import org.portolan.model.TrafficSpec;
import org.portolan.model.Transport;

/** Renders model values in the language's own notation (for hovers, proposals, symbols, reports). */
public final class PortolanText {

	private PortolanText() {
	}

	/** {@code 443}, {@code 5075,5076,5077}, {@code 50000-59999}, {@code 135,dynamic-rpc}, {@code any} ... */
	public static String ports(PortSpec spec) {
		if (spec == null) {
			return "";
		}
		List<String> items = new ArrayList<>();
		spec.getPorts().forEach(p -> items.add(String.valueOf(p)));
		for (PortRange r : spec.getRanges()) {
			items.add(r.getStart() + "-" + r.getEnd());
		}
		switch (spec.getKind()) {
		case DYNAMIC_RPC -> items.add("dynamic-rpc");
		case DYNAMIC -> items.add("dynamic");
		case ANY -> items.add("any");
		case NOT_APPLICABLE -> items.add("n/a");
		default -> {
		}
		}
		String text = String.join(",", items);
		if (spec.getText() != null) {
			text = text.isEmpty() ? '"' + spec.getText() + '"' : text + " \"" + spec.getText() + '"';
		}
		return text;
	}

	/** {@code SIP tcp 5061}, {@code IPsec ESP ip 50}. */
	public static String traffic(TrafficSpec t) {
		StringBuilder b = new StringBuilder();
		if (t.getAppProtocol() != null) {
			b.append(t.getAppProtocol()).append(' ');
		}
		Transport tr = t.getTransport();
		b.append(tr == Transport.TCP_UDP ? "tcp/udp" : tr == Transport.IP_PROTOCOL ? "ip" : tr.getLiteral().toLowerCase());
		if (tr == Transport.IP_PROTOCOL) {
			b.append(' ').append(t.getIpProtocol());
		} else if (t.getPorts() != null) {
			b.append(' ').append(ports(t.getPorts()));
		}
		return b.toString();
	}

	/** {@code source "003" lines "80-85" (data 003_....csv)}. */
	public static String citation(SourceReference s) {
		if (s == null) {
			return "no source";
		}
		StringBuilder b = new StringBuilder("source ").append(s.getDocument());
		if (s.getLines() != null) {
			b.append(", lines ").append(s.getLines());
		}
		if (s.getSection() != null) {
			b.append(", section \"").append(s.getSection()).append('"');
		}
		if (s.getFile() != null) {
			b.append(", file ").append(s.getFile());
		}
		if (s.getDataFile() != null) {
			b.append(", data ").append(s.getDataFile());
		}
		if (s.isGeneralKnowledge()) {
			b.append(" [general knowledge]");
		}
		return b.toString();
	}

	/** One-line summary of a catalog entry: {@code EdgeServer (external) <- ExternalClient: SIP tcp 443}. */
	public static String entry(CatalogEntry e) {
		StringBuilder b = new StringBuilder();
		if (e instanceof ListeningEndpoint l) {
			b.append("listens: ").append(name(l.getRole()));
			side(b, e.getInterfaceSide());
			if (!l.getInitiators().isEmpty()) {
				b.append(" <- ").append(l.getInitiators().stream().map(PortolanText::name).collect(Collectors.joining(", ")));
			}
		} else if (e instanceof DataPathDefinition d) {
			b.append("path: ").append(name(d.getFrom())).append(" -> ").append(name(d.getTo()));
			side(b, e.getInterfaceSide());
		}
		b.append(": ").append(traffic(e));
		if (e.getSecurity() != null) {
			b.append(" (").append(e.getSecurity()).append(')');
		}
		return b.toString();
	}

	private static void side(StringBuilder b, InterfaceSide side) {
		if (side != null && side != InterfaceSide.ANY) {
			b.append(" (").append(side.getLiteral().toLowerCase()).append(')');
		}
	}

	/** The element's name, or its label for roles without proxies resolved, or "?". */
	public static String name(NamedElement e) {
		if (e == null) {
			return "?";
		}
		if (e.eIsProxy()) {
			return "?" + ((org.eclipse.emf.ecore.InternalEObject) e).eProxyURI().fragment();
		}
		return e.getName() != null ? e.getName() : e instanceof RoleDefinition r && r.getLabel() != null ? r.getLabel() : "?";
	}

	/** True if the port spec contains {@code port} (single, list or range). */
	public static boolean contains(PortSpec spec, int port) {
		if (spec == null) {
			return false;
		}
		if (spec.getKind() == PortSpecKind.ANY || spec.getPorts().contains(port)) {
			return true;
		}
		return spec.getRanges().stream().anyMatch(r -> r.getStart() <= port && port <= r.getEnd());
	}
}
