package org.portolan.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.portolan.dsl.PortolanText;
import org.portolan.model.Catalog;
import org.portolan.model.CatalogEntry;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.PortRange;
import org.portolan.model.RoleDefinition;
import org.portolan.model.TrafficSpec;
import org.portolan.model.Transport;


/**
 * Content assist: keywords and cross-references (Xtext defaults; catalog roles come with their label, see
 * {@link PortolanCrossrefProposals}), plus port numbers known from the loaded catalogs at every port position
 * ("5061 — SIP (MTLS) lync2013.AccessEdge"), filtered by the transport already written.
 */
public class PortolanProposals extends IdeContentProposalProvider {

	public static final int MAX_PORT_PROPOSALS = 60;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		if ("ports".equals(assignment.getFeature())
				&& "PortItem".equals(GrammarUtil.containingRule(assignment).getName())) {
			proposePorts(context, acceptor);
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void proposePorts(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Transport transport = null;
		EObject model = context.getCurrentModel();
		if (model instanceof TrafficSpec t) {
			transport = t.getTransport();
		}
		Map<Integer, Map<String, String>> byPort = new TreeMap<>();
		for (CatalogEntry e : catalogEntries(context.getResource())) {
			if (transport != null && e.getTransport() != transport && e.getTransport() != Transport.TCP_UDP) {
				continue;
			}
			if (e.getPorts() == null) {
				continue;
			}
			List<Integer> ports = new ArrayList<>(e.getPorts().getPorts());
			for (PortRange r : e.getPorts().getRanges()) {
				if (r.getStart() == r.getEnd()) {
					ports.add(r.getStart());
				}
			}
			for (int port : ports) {
				String what = (e.getAppProtocol() != null ? e.getAppProtocol() : "") + (e.getSecurity() != null ? " (" + e.getSecurity() + ")" : "");
				String role = role(e);
				byPort.computeIfAbsent(port, p -> new LinkedHashMap<>()).putIfAbsent(what.trim(), role);
			}
		}
		int count = 0;
		for (Map.Entry<Integer, Map<String, String>> p : byPort.entrySet()) {
			if (count++ >= MAX_PORT_PROPOSALS) {
				break;
			}
			String port = String.valueOf(p.getKey());
			if (!port.startsWith(context.getPrefix())) {
				continue;
			}
			Map.Entry<String, String> first = p.getValue().entrySet().iterator().next();
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(context.getPrefix());
			entry.setProposal(port);
			entry.setLabel(port + " — " + first.getKey());
			entry.setDescription(String.join("; ", p.getValue().entrySet().stream()
					.map(x -> x.getKey() + " " + x.getValue()).toList()));
			entry.setKind(ContentAssistEntry.KIND_VALUE);
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry) + 50);
		}
	}

	private static String role(CatalogEntry e) {
		RoleDefinition r = e instanceof ListeningEndpoint l ? l.getRole() : e instanceof DataPathDefinition d ? d.getTo() : null;
		if (r == null || r.eIsProxy()) {
			return "";
		}
		Catalog c = r.eContainer() instanceof Catalog cat ? cat : null;
		return (c != null ? c.getName() + "." : "") + PortolanText.name(r);
	}

	/** All catalog entries of the catalogs loaded in the resource set of {@code resource}. */
	public static List<CatalogEntry> catalogEntries(Resource resource) {
		List<CatalogEntry> result = new ArrayList<>();
		if (resource == null || resource.getResourceSet() == null) {
			return result;
		}
		for (Resource r : new ArrayList<>(resource.getResourceSet().getResources())) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Catalog c) {
				result.addAll(c.getEndpoints());
				result.addAll(c.getDataPaths());
			}
		}
		return result;
	}
}
