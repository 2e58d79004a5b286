package org.portolan.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramGraph;

import com.google.inject.Inject;

/**
 * Validation decorators: the findings of the same validators as the text editor, the CLI and the reports, as the
 * core attached them to the diagram elements (a finding on an interface decorates its server). The marker's label
 * is the rule id, its description the finding's message.
 */
public class PortolanModelValidator implements ModelValidator {

	@Inject
	protected PortolanModelState state;

	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		return markers(state.graph());
	}

	public static List<Marker> markers(DiagramGraph graph) {
		List<Marker> markers = new ArrayList<>();
		if (graph == null) {
			return markers;
		}
		for (DiagramElement element : graph.elements()) {
			for (Decoration d : element.decorations()) {
				markers.add(marker(element.id(), d));
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			for (Decoration d : edge.decorations()) {
				markers.add(marker(edge.id(), d));
			}
		}
		return markers;
	}

	private static Marker marker(String id, Decoration d) {
		String kind = switch (d.severity().name()) {
		case "ERROR" -> MarkerKind.ERROR;
		case "WARNING" -> MarkerKind.WARNING;
		default -> MarkerKind.INFO;
		};
		return new Marker(d.ruleId(), d.message(), id, kind);
	}
}
