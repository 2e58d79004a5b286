package org.portolan.diagram.glsp.handlers;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.LayoutSupport;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.ExternalParty;
import org.portolan.model.LoadBalancer;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.PortolanFactory;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.VirtualIp;

import com.google.inject.Inject;

/**
 * Moves and resizes elements: only the layout sidecar changes, never the text. Undoable like model edits. Dropping an
 * element into another container also changes the model where the container is the element's own property: a
 * server's interface, a load balancer's VIPs and interfaces or an external party moves to the zone it is dropped on;
 * a zone, or a server with no interface on a zone, dropped on a site is at that site. One command for the text and the layout.
 */
public class ChangeBoundsHandler extends BasicOperationHandler<ChangeBoundsOperation> {

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ChangeBoundsOperation> getHandledOperationType() {
		return ChangeBoundsOperation.class;
	}

	@Override
	public String getLabel() {
		return "Move";
	}

	@Override
	public Optional<Command> createCommand(ChangeBoundsOperation operation) {
		DiagramGraph graph = Edits.graph(state);
		if (operation.getNewBounds().size() == 1) {
			Optional<Command> reparent = reparent(graph, operation.getNewBounds().get(0));
			if (reparent.isPresent()) {
				return reparent;
			}
		}
		return Optional.of(state.document().layoutEdit("Move", after -> {
			for (ElementAndBounds change : operation.getNewBounds()) {
				DiagramElement element = graph.find(change.getElementId());
				if (element == null) {
					continue;
				}
				after.setBounds(element.id(), newBounds(change, after.bounds(element.id())));
				LayoutSupport.growParents(graph, element, after);
				LayoutSupport.dropRoutes(graph, after, element.id());
			}
		}));
	}

	private static DiagramLayout.Bounds newBounds(ElementAndBounds change, DiagramLayout.Bounds old) {
		double x = change.getNewPosition() != null ? change.getNewPosition().getX() : old == null ? 0 : old.x();
		double y = change.getNewPosition() != null ? change.getNewPosition().getY() : old == null ? 0 : old.y();
		double w = change.getNewSize() != null ? change.getNewSize().getWidth() : old == null ? 120 : old.width();
		double h = change.getNewSize() != null ? change.getNewSize().getHeight() : old == null ? 40 : old.height();
		return new DiagramLayout.Bounds(x, y, w, h);
	}

	/**
	 * A server, load balancer or external party dropped into another zone, or a zone (or a server outside zones) into
	 * another site.
	 */
	private Optional<Command> reparent(DiagramGraph graph, ElementAndBounds change) {
		DiagramElement element = graph.find(change.getElementId());
		if (element == null || change.getNewPosition() == null || !(element.semantic() instanceof Server
				|| element.semantic() instanceof LoadBalancer || element.semantic() instanceof ExternalParty
				|| element.semantic() instanceof NetworkZone)) {
			return Optional.empty();
		}
		DiagramLayout layout = state.document().layout();
		DiagramLayout.Bounds moved;
		DiagramLayout.Bounds parentAbsolute;
		synchronized (layout) {
			DiagramLayout.Bounds relative = newBounds(change, layout.bounds(element.id()));
			parentAbsolute = element.parent() == null ? new DiagramLayout.Bounds(0, 0, 0, 0) : layout.absolute(element.parent());
			if (parentAbsolute == null) {
				return Optional.empty();
			}
			moved = relative.translate(parentAbsolute.x(), parentAbsolute.y());
		}
		DiagramElement target = containerAt(graph, layout, element, moved.x() + moved.width() / 2, moved.y() + moved.height() / 2);
		if (target == null || target == element.parent()) {
			return Optional.empty();
		}
		boolean nodeIntoZone = !(element.semantic() instanceof NetworkZone) && target.semantic() instanceof NetworkZone;
		boolean zoneIntoSite = element.semantic() instanceof NetworkZone && target.semantic() instanceof Site;
		// a server with no interface on a zone is drawn in its site: dropped on another site, it is at that one
		boolean serverIntoSite = element.semantic() instanceof Server s && target.semantic() instanceof Site
				&& s.getInterfaces().stream().allMatch(i -> i.getZone() == null);
		if (!nodeIntoZone && !zoneIntoSite && !serverIntoSite) {
			return Optional.empty();
		}
		DiagramLayout before;
		DiagramLayout after;
		synchronized (layout) {
			before = new DiagramLayout(layout);
			after = new DiagramLayout(layout);
			DiagramLayout.Bounds targetAbsolute = after.absolute(target);
			if (targetAbsolute == null) {
				return Optional.empty();
			}
			DiagramLayout.Bounds inTarget = moved.translate(-targetAbsolute.x(), -targetAbsolute.y());
			after.setBounds(element.id(), inTarget);
			LayoutSupport.growToEnclose(graph, target, inTarget, after);
			LayoutSupport.growParents(graph, target, after);
			LayoutSupport.dropRoutes(graph, after, element.id());
		}
		String label = "Move " + element.label() + " into " + target.label();
		Object into = target.semantic();
		Object from = element.parent() == null ? null : element.parent().semantic();
		URI fromZone = from instanceof NetworkZone zone ? EcoreUtil.getURI(zone) : null;
		return Optional.of(state.document().edit(label, topology -> {
			Object semantic = element.semantic();
			if (semantic instanceof Server server && into instanceof Site site) {
				Edits.fresh(topology, server).setSite(Edits.fresh(topology, site));
			} else if (semantic instanceof Server server) {
				moveServer(Edits.fresh(topology, server), fromZone, Edits.fresh(topology, (NetworkZone) into));
			} else if (semantic instanceof LoadBalancer balancer) {
				moveLoadBalancer(Edits.fresh(topology, balancer), fromZone, Edits.fresh(topology, (NetworkZone) into));
			} else if (semantic instanceof ExternalParty party) {
				Edits.fresh(topology, party).setZone(Edits.fresh(topology, (NetworkZone) into));
			} else {
				Edits.fresh(topology, (NetworkZone) semantic).setSite(Edits.fresh(topology, (Site) into));
			}
		}, DiagramDocument.snapshotChange(before, after)));
	}

	/**
	 * The server's interface on the zone {@code from} (its URI: the zone may be of the last parse or of another file)
	 * or its first, or a new one, is now on {@code zone}.
	 */
	static void moveServer(Server server, URI from, NetworkZone zone) {
		NetworkInterface nic = server.getInterfaces().stream()
				.filter(i -> from != null && onZone(i.getZone(), from))
				.findFirst().orElse(server.getInterfaces().isEmpty() ? null : server.getInterfaces().get(0));
		if (nic == null) {
			nic = PortolanFactory.eINSTANCE.createNetworkInterface();
			nic.setName("lan");
			server.getInterfaces().add(nic);
		}
		nic.setZone(zone);
		if (zone.getSite() != null) {
			server.setSite(zone.getSite());
		}
	}

	/**
	 * The load balancer's VIPs and interfaces on the zone {@code from} are now on {@code zone}; when none is there (it
	 * was drawn at the top level), its VIPs and interfaces without a zone are, or else its first VIP.
	 */
	static void moveLoadBalancer(LoadBalancer balancer, URI from, NetworkZone zone) {
		List<VirtualIp> vips = balancer.getVips().stream().filter(v -> onZone(v.getZone(), from)).toList();
		List<NetworkInterface> nics = balancer.getInterfaces().stream().filter(i -> onZone(i.getZone(), from)).toList();
		if (vips.isEmpty() && nics.isEmpty() && !balancer.getVips().isEmpty()) {
			vips = List.of(balancer.getVips().get(0));
		}
		vips.forEach(v -> v.setZone(zone));
		nics.forEach(i -> i.setZone(zone));
	}

	/** Whether {@code zone} is the zone {@code from} (by URI), or both are none. */
	private static boolean onZone(NetworkZone zone, URI from) {
		return from == null ? zone == null : zone != null && from.equals(EcoreUtil.getURI(zone));
	}

	/** The innermost site or zone (not {@code moved} nor inside it) whose drawn box holds the point. */
	private static DiagramElement containerAt(DiagramGraph graph, DiagramLayout layout, DiagramElement moved, double x, double y) {
		DiagramElement best = null;
		int bestDepth = -1;
		synchronized (layout) {
			for (DiagramElement candidate : graph.elements()) {
				if (!(candidate.semantic() instanceof Site || candidate.semantic() instanceof NetworkZone)
						|| DiagramGraph.contains(moved, candidate)) {
					continue;
				}
				DiagramLayout.Bounds b = layout.absolute(candidate);
				if (b == null || x < b.x() || y < b.y() || x > b.maxX() || y > b.maxY()) {
					continue;
				}
				int depth = 0;
				for (DiagramElement p = candidate.parent(); p != null; p = p.parent()) {
					depth++;
				}
				if (depth > bestDepth) {
					best = candidate;
					bestDepth = depth;
				}
			}
		}
		return best;
	}
}
