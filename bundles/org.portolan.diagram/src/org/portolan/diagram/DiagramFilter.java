package org.portolan.diagram;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which layers and filters of a {@link DiagramSpec} are active. Immutable; {@link #defaults(DiagramSpec)} takes the
 * spec's {@code enabled} flags.
 */
public record DiagramFilter(Set<String> activeLayers, Set<String> activeFilters) {

	public DiagramFilter {
		activeLayers = Set.copyOf(activeLayers);
		activeFilters = Set.copyOf(activeFilters);
	}

	public static DiagramFilter defaults(DiagramSpec spec) {
		Set<String> layers = new LinkedHashSet<>();
		for (DiagramSpec.Layer l : spec.layers()) {
			if (l.enabled()) {
				layers.add(l.id());
			}
		}
		Set<String> filters = new LinkedHashSet<>();
		for (DiagramSpec.Filter f : spec.filters()) {
			if (f.enabled()) {
				filters.add(f.id());
			}
		}
		return new DiagramFilter(layers, filters);
	}

	/** Every layer on, no filter. */
	public static DiagramFilter all(DiagramSpec spec) {
		Set<String> layers = new LinkedHashSet<>();
		spec.layers().forEach(l -> layers.add(l.id()));
		return new DiagramFilter(layers, Set.of());
	}

	public DiagramFilter withLayer(String layer, boolean on) {
		Set<String> l = new LinkedHashSet<>(activeLayers);
		if (on) {
			l.add(layer);
		} else {
			l.remove(layer);
		}
		return new DiagramFilter(l, activeFilters);
	}

	public DiagramFilter withLayers(List<String> layers) {
		return new DiagramFilter(new LinkedHashSet<>(layers), activeFilters);
	}

	public DiagramFilter withFilter(String filter, boolean on) {
		Set<String> f = new LinkedHashSet<>(activeFilters);
		if (on) {
			f.add(filter);
		} else {
			f.remove(filter);
		}
		return new DiagramFilter(activeLayers, f);
	}

	/** True when a mapping with these layers is shown: every layer it names is active (no layer: always). */
	public boolean shows(List<String> layers) {
		return activeLayers.containsAll(layers);
	}
}
