package org.portolan.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An edge of a {@link DiagramGraph}: a connector, a relation (pool member, firewall interface, certificate) or a
 * derived flow. {@link #semantic()} is the model element ({@code EObject}) or the
 * {@link org.portolan.analysis.RequiredFlow}; {@link #layer()} is the first layer of its mapping ({@code null} when the
 * mapping names none). The id is stable: {@code <mappingId>:<sourceId>-><targetId>[:<name or label>]}.
 */
public final class DiagramEdge {

	private final String id;
	private final String mappingId;
	private final String sourceId;
	private final String targetId;
	private final String label;
	private final List<String> styleClasses;
	private final List<String> layers;
	private final Object semantic;
	final List<Decoration> decorations = new ArrayList<>();

	DiagramEdge(String id, String mappingId, String sourceId, String targetId, String label, List<String> styleClasses,
			List<String> layers, Object semantic) {
		this.id = id;
		this.mappingId = mappingId;
		this.sourceId = sourceId;
		this.targetId = targetId;
		this.label = label;
		this.styleClasses = List.copyOf(styleClasses);
		this.layers = List.copyOf(layers);
		this.semantic = semantic;
	}

	public String id() {
		return id;
	}

	public String mappingId() {
		return mappingId;
	}

	public String sourceId() {
		return sourceId;
	}

	public String targetId() {
		return targetId;
	}

	/** Protocol/port label ({@code SIP TCP 5061}) or the connector's name. */
	public String label() {
		return label;
	}

	public List<String> styleClasses() {
		return styleClasses;
	}

	public boolean hasStyle(String styleClass) {
		return styleClasses.contains(styleClass);
	}

	/** The primary layer (first of {@link #layers()}), {@code null} when always shown. */
	public String layer() {
		return layers.isEmpty() ? null : layers.get(0);
	}

	public List<String> layers() {
		return layers;
	}

	/** The model element ({@code EObject}) or the {@link org.portolan.analysis.RequiredFlow} behind the edge. */
	public Object semantic() {
		return semantic;
	}

	public List<Decoration> decorations() {
		return Collections.unmodifiableList(decorations);
	}

	@Override
	public String toString() {
		return id;
	}
}
