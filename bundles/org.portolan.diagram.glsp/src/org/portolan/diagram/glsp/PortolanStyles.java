package org.portolan.diagram.glsp;

import java.util.Locale;
import java.util.Map;

import org.portolan.diagram.DiagramMetrics;
import org.portolan.diagram.DiagramSpec;

/**
 * CSS for the client: the fonts of the diagram core's metrics and the mapping spec's styles (one rule per style class),
 * and the layers action that carries it.
 */
public final class PortolanStyles {

	private PortolanStyles() {
	}

	/** The fonts the diagram core measures text with (DiagramMetrics), then one rule per style class. */
	public static String css(DiagramSpec spec) {
		StringBuilder css = new StringBuilder(DiagramMetrics.css());
		for (Map.Entry<String, DiagramSpec.Style> e : spec.styles().entrySet()) {
			String cls = e.getKey().replaceAll("[^A-Za-z0-9_-]", "_");
			DiagramSpec.Style s = e.getValue();
			StringBuilder decl = new StringBuilder();
			if (s.stroke() != null) {
				decl.append("stroke:").append(s.stroke()).append(';');
			}
			if (s.strokeWidth() > 0) {
				decl.append("stroke-width:").append(String.format(Locale.ROOT, "%.1f", s.strokeWidth())).append("px;");
			}
			if (s.dash() != null) {
				decl.append("stroke-dasharray:").append(s.dash()).append(';');
			}
			StringBuilder nodeDecl = new StringBuilder(decl);
			if (s.fill() != null) {
				nodeDecl.append("fill:").append(s.fill()).append(';');
			}
			// GLSP draws a node as <g class="{style classes}"><rect class="sprotty-node"/>...</g>, an edge as
			// <g class="sprotty-edge {style classes}"><path/>...</g>
			css.append("g.").append(cls).append(">.sprotty-node{").append(nodeDecl).append("}\n");
			css.append("g.sprotty-edge.").append(cls).append(">path{").append(decl).append("fill:none;}\n");
			if (s.textColor() != null) {
				css.append("g.").append(cls).append(">.sprotty-label{fill:").append(s.textColor()).append(";}\n");
			}
		}
		return css.toString();
	}

	public static PortolanActions.LayersAction layersAction(PortolanModelState state) {
		DiagramSpec spec = state.mapper().spec();
		PortolanActions.LayersAction action = new PortolanActions.LayersAction();
		for (DiagramSpec.Layer layer : spec.layers()) {
			action.layers.add(new PortolanActions.Toggle(layer.id(), layer.label(),
					state.filter().activeLayers().contains(layer.id())));
		}
		for (DiagramSpec.Filter filter : spec.filters()) {
			action.filters.add(new PortolanActions.Toggle(filter.id(), filter.label(),
					state.filter().activeFilters().contains(filter.id())));
		}
		action.css = css(spec);
		return action;
	}
}
