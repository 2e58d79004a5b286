package org.portolan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * A container (site, zone) or node (server, pool, firewall ...) of a {@link DiagramGraph}.
 * {@link #id()} is stable across text edits and reordering: {@code <mappingId>:<name>} (the element's name, else its
 * FQDN), so the layout sidecar can key on it.
 */
public final class DiagramElement {

	public enum Kind {
		CONTAINER, NODE
	}

	private final String id;
	private final String mappingId;
	private final Kind kind;
	private final String label;
	private final List<String> details;
	private final List<String> styleClasses;
	private final EObject semantic;
	private final List<String> layers;
	final List<DiagramElement> children = new ArrayList<>();
	final List<Decoration> decorations = new ArrayList<>();
	DiagramElement parent;

	DiagramElement(String id, String mappingId, Kind kind, String label, List<String> details,
			List<String> styleClasses, EObject semantic, List<String> layers) {
		this.id = id;
		this.mappingId = mappingId;
		this.kind = kind;
		this.label = label;
		this.details = List.copyOf(details);
		this.styleClasses = new ArrayList<>(styleClasses);
		this.semantic = semantic;
		this.layers = List.copyOf(layers);
	}

	public String id() {
		return id;
	}

	/** The id of the spec mapping that made this element ({@code server}, {@code zone} ...). */
	public String mappingId() {
		return mappingId;
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	/** Detail lines under the label (a server's FQDN and roles). */
	public List<String> details() {
		return details;
	}

	/** Style classes from the conditional styles, in spec order ({@code perimeter}, {@code error} ...). */
	public List<String> styleClasses() {
		return Collections.unmodifiableList(styleClasses);
	}

	public boolean hasStyle(String styleClass) {
		return styleClasses.contains(styleClass);
	}

	void addStyle(String styleClass) {
		if (!styleClasses.contains(styleClass)) {
			styleClasses.add(styleClass);
		}
	}

	/** The model element this element shows. */
	public EObject semantic() {
		return semantic;
	}

	/** The layers of the element's mapping (empty: always shown). */
	public List<String> layers() {
		return layers;
	}

	/** The containing element, {@code null} at the root. */
	public DiagramElement parent() {
		return parent;
	}

	public List<DiagramElement> children() {
		return Collections.unmodifiableList(children);
	}

	/** The findings on this element (and on the model elements inside it that have no element of their own). */
	public List<Decoration> decorations() {
		return Collections.unmodifiableList(decorations);
	}

	@Override
	public String toString() {
		return id + (children.isEmpty() ? "" : children.toString());
	}
}
