package org.portolan.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GEdgePlacementBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.DefaultTypes;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramEdgeLabels;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramMetrics;
import org.portolan.model.NamedElement;
import org.portolan.model.Topology;

import com.google.inject.Inject;

/**
 * Builds the GLSP graph from the diagram core: the core maps the current model (with its flows and validation
 * findings) to a {@link DiagramGraph} of elements with stable ids, style classes and layers; this factory turns it
 * into GModel nodes, labels and edges at the positions of the layout sidecar (laid out by the core's ELK engine
 * where the sidecar has no position yet). Style classes become CSS classes, so the spec's conditional styles apply
 * in the browser.
 */
public class PortolanGModelFactory implements GModelFactory {

	public static final String GRAPH_ID = "portolan-graph";
	public static final String LABEL_SUFFIX = "_label";
	/** The type of a node's first label when it shows the element's name: editable in place (rename). */
	public static final String NAME_LABEL = "label:name";

	@Inject
	protected PortolanModelState modelState;

	@Override
	public void createGModel() {
		DiagramDocument document = modelState.document();
		DiagramGraph graph = document.access().run(() -> {
			modelState.setRenderedText(document.text());
			Topology topology = document.topology();
			if (topology == null) {
				return null;
			}
			return modelState.mapper().map(DiagramMapper.Input.analyze(topology), modelState.filter());
		});
		GGraph root = new GGraphBuilder().id(GRAPH_ID).addCssClass("portolan").build();
		if (graph == null) {
			modelState.setGraph(null);
			modelState.updateRoot(root);
			return;
		}
		DiagramGraph previous = modelState.graph();
		modelState.setGraph(graph);
		DiagramLayout layout = document.layout();
		synchronized (layout) {
			LayoutSupport.carryRenamed(previous, graph, layout);
			LayoutSupport.complete(graph, layout, modelState);
			for (DiagramElement element : graph.roots()) {
				root.getChildren().add(node(element, layout));
			}
			Map<String, List<DiagramLayout.Point>> routes = DiagramEdgeLabels.routes(graph, layout);
			Map<String, DiagramEdgeLabels.Placement> labels = DiagramEdgeLabels.place(graph, layout, routes);
			for (DiagramEdge edge : graph.edges()) {
				root.getChildren().add(edge(edge, routes.getOrDefault(edge.id(), List.of()), labels.get(edge.id())));
			}
		}
		modelState.updateRoot(root);
	}

	protected GNode node(DiagramElement element, DiagramLayout layout) {
		DiagramLayout.Bounds b = layout.bounds(element.id());
		List<String> classes = new ArrayList<>(element.styleClasses());
		classes.add(element.kind() == DiagramElement.Kind.CONTAINER ? "container" : "leaf");
		classes.add("mapping-" + element.mappingId());
		if (!element.decorations().isEmpty()) {
			classes.add("decorated");
		}
		GNodeBuilder builder = new GNodeBuilder().id(element.id()).addCssClasses(classes).position(b.x(), b.y())
				.size(b.width(), b.height()).addArgument("mapping", element.mappingId());
		boolean editableName = false;
		if (element.semantic() instanceof NamedElement named && named.getName() != null) {
			builder.addArgument("name", named.getName());
			editableName = element.label().contains(named.getName());
		}
		GNode node = builder.build();
		// the lines as the exports draw them (cut to the box width); GLSP aligns a label by the top-left corner of its
		// text box, so each line goes at its top
		List<String> lines = DiagramMetrics.lines(element, b.width());
		for (int i = 0; i < lines.size(); i++) {
			String id = i == 0 ? element.id() + LABEL_SUFFIX : element.id() + "_detail" + (i - 1);
			// the first line carries the element's name: type label:name, which the client lets the user edit in place
			node.getChildren().add(new GLabelBuilder(i == 0 && editableName ? NAME_LABEL : DefaultTypes.LABEL).id(id).text(lines.get(i))
					.position(DiagramMetrics.PAD, DiagramMetrics.lineTop(i)).addCssClass(i == 0 ? "heading" : "details")
					.build());
		}
		for (DiagramElement child : element.children()) {
			node.getChildren().add(node(child, layout));
		}
		return node;
	}

	/** {@code route}: the points the core draws the edge through (the client's anchors end it at the boxes). */
	protected GEdge edge(DiagramEdge edge, List<DiagramLayout.Point> route, DiagramEdgeLabels.Placement placement) {
		List<String> classes = new ArrayList<>(edge.styleClasses());
		classes.add("mapping-" + edge.mappingId());
		if (!(edge.semantic() instanceof EObject)) {
			classes.add("derived");
		}
		GEdgeBuilder builder = new GEdgeBuilder().id(edge.id()).sourceId(edge.sourceId()).targetId(edge.targetId())
				.addCssClasses(classes).addArgument("mapping", edge.mappingId());
		if (route.size() > 2) {
			for (DiagramLayout.Point p : route.subList(1, route.size() - 1)) {
				builder.addRoutingPoint(p.x(), p.y());
			}
		}
		GEdge result = builder.build();
		if (placement != null) {
			// centred on the edge where the core placed it, clear of the nodes and of the other labels (as exported)
			result.getChildren().add(new GLabelBuilder().id(edge.id() + LABEL_SUFFIX)
					.text(DiagramMetrics.edgeLabel(edge.label())).addCssClass("edge-label")
					.edgePlacement(new GEdgePlacementBuilder().position(placement.position()).side("on").offset(0)
							.rotate(false).build())
					.build());
		}
		return result;
	}

	/** The semantic element behind a GModel element id (a node, its label, or an edge), or null. */
	public static Object semanticOf(DiagramGraph graph, String id) {
		if (graph == null || id == null) {
			return null;
		}
		DiagramElement element = elementOf(graph, id);
		if (element != null) {
			return element.semantic();
		}
		DiagramEdge edge = graph.findEdge(withoutLabelSuffix(id));
		return edge == null ? null : edge.semantic();
	}

	/** The graph element of a node id or of its name label's id, or null. */
	public static DiagramElement elementOf(DiagramGraph graph, String id) {
		return graph.find(withoutLabelSuffix(id));
	}

	private static String withoutLabelSuffix(String id) {
		return id.endsWith(LABEL_SUFFIX) ? id.substring(0, id.length() - LABEL_SUFFIX.length()) : id;
	}

	/** The decorations of an element or edge of the graph. */
	public static List<Decoration> decorationsOf(DiagramGraph graph, String id) {
		DiagramElement element = graph.find(id);
		if (element != null) {
			return element.decorations();
		}
		DiagramEdge edge = graph.findEdge(id);
		return edge == null ? List.of() : edge.decorations();
	}

	static String idOf(GModelElement element) {
		return element == null ? null : element.getId();
	}
}
