package org.portolan.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.portolan.analysis.RequiredFlow;
import org.portolan.analysis.RequiredFlows;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * Interprets a {@link DiagramSpec} on a topology: one element per semantic candidate (the first mapping whose
 * {@code type} and {@code when} accept it claims it, even when its layers are off), nested by {@code parent},
 * decorated with the findings, styled by the conditional styles; then the edges. Stateless and thread-safe.
 */
public final class DiagramMapper {

	private final DiagramSpec spec;

	public DiagramMapper(DiagramSpec spec) {
		this.spec = spec;
	}

	/** A mapper on the shipped spec. */
	public static DiagramMapper shipped() {
		return new DiagramMapper(DiagramSpec.shipped());
	}

	public DiagramSpec spec() {
		return spec;
	}

	/** Flows and findings of one validation run (what the CLI, reports and benchmark use). */
	public record Input(Topology topology, RequiredFlows flows, List<Finding> findings) {
		public static Input analyze(Topology topology) {
			ValidationContext context = new ValidationContext(topology, List.of());
			List<Finding> findings = PortolanValidation.validate(context);
			return new Input(topology, context.flows(), findings);
		}
	}

	public DiagramGraph map(Input input, DiagramFilter filter) {
		return map(input.topology(), input.flows(), input.findings(), filter);
	}

	/**
	 * Maps {@code topology} to a graph.
	 *
	 * @param flows    the flow analysis result ({@code $flows} in the spec); {@code null} for none
	 * @param findings the validation findings to decorate with; {@code null} for none
	 * @param filter   the active layers and filters
	 */
	public DiagramGraph map(Topology topology, RequiredFlows flows, List<Finding> findings, DiagramFilter filter) {
		List<Finding> allFindings = findings == null ? List.of() : findings;
		List<Object> flowList = flows == null ? List.of() : new ArrayList<>(flows.all());
		DiagramExpression.Variables globals = name -> switch (name) {
		case "flows" -> flowList;
		case "topology" -> List.of(topology);
		default -> List.of();
		};

		// 1. containers and nodes
		Map<EObject, DiagramElement> bySemantic = new IdentityHashMap<>();
		Map<EObject, Boolean> claimed = new IdentityHashMap<>();
		List<DiagramElement> ordered = new ArrayList<>();
		Map<DiagramElement, DiagramSpec.Mapping> mappingOf = new IdentityHashMap<>();
		Map<String, Integer> usedIds = new HashMap<>();
		for (DiagramSpec.Mapping m : spec.mappings()) {
			if (m.kind() == DiagramSpec.MappingKind.EDGE) {
				continue;
			}
			boolean visible = filter.shows(m.layers());
			for (Object c : m.candidates().values(topology, globals)) {
				if (!(c instanceof EObject o) || claimed.containsKey(o) || !accepts(m, o, globals)) {
					continue;
				}
				claimed.put(o, Boolean.TRUE);
				if (!visible || filtered(m, o, filter, globals)) {
					continue;
				}
				String label = m.label().render(o, globals);
				List<String> details = details(m, o, globals);
				String id = uniqueId(m.id() + ":" + key(o, label), usedIds);
				DiagramElement e = new DiagramElement(id, m.id(),
						m.kind() == DiagramSpec.MappingKind.CONTAINER ? DiagramElement.Kind.CONTAINER
								: DiagramElement.Kind.NODE,
						label, details, List.of(), o, m.layers());
				bySemantic.put(o, e);
				ordered.add(e);
				mappingOf.put(e, m);
			}
		}

		// 2. nesting
		List<DiagramElement> roots = new ArrayList<>();
		for (DiagramElement e : ordered) {
			DiagramSpec.Mapping m = mappingOf.get(e);
			DiagramElement parent = null;
			if (m.parent() != null) {
				for (Object p : m.parent().values(e.semantic(), globals)) {
					DiagramElement candidate = p instanceof EObject po ? bySemantic.get(po) : null;
					if (candidate != null && candidate.kind() == DiagramElement.Kind.CONTAINER
							&& !DiagramGraph.contains(e, candidate)) {
						parent = candidate;
						break;
					}
				}
			}
			if (parent == null) {
				roots.add(e);
			} else {
				e.parent = parent;
				parent.children.add(e);
			}
		}

		// 3. decorations: on the finding's target, else its nearest mapped container
		for (Finding f : allFindings) {
			for (EObject t = f.target(); t != null; t = t.eContainer()) {
				DiagramElement e = bySemantic.get(t);
				if (e != null) {
					e.decorations.add(new Decoration(f.severity(), f.ruleId(), f.message(), f.target()));
					break;
				}
			}
		}

		// 4. conditional styles
		for (DiagramElement e : ordered) {
			DiagramExpression.Variables vars = variables(e.decorations, globals);
			for (DiagramSpec.StyleRule r : mappingOf.get(e).styles()) {
				if (r.when().test(e.semantic(), vars)) {
					e.addStyle(r.styleClass());
				}
			}
			for (DiagramSpec.StyleRule r : spec.commonStyles()) {
				if (r.when().test(e.semantic(), vars)) {
					e.addStyle(r.styleClass());
				}
			}
		}

		// 5. edges
		List<DiagramEdge> edges = new ArrayList<>();
		Map<Object, Boolean> edgeClaimed = new IdentityHashMap<>();
		Map<Object, List<Finding>> findingsByRelated = null;
		for (DiagramSpec.Mapping m : spec.mappings()) {
			if (m.kind() != DiagramSpec.MappingKind.EDGE) {
				continue;
			}
			boolean visible = filter.shows(m.layers());
			for (Object c : m.candidates().values(topology, globals)) {
				if (edgeClaimed.containsKey(c) || !accepts(m, c, globals)) {
					continue;
				}
				edgeClaimed.put(c, Boolean.TRUE);
				if (!visible || filtered(m, c, filter, globals)) {
					continue;
				}
				List<DiagramElement> sources = resolve(m.source().values(c, globals), bySemantic);
				List<DiagramElement> targets = resolve(m.target().values(c, globals), bySemantic);
				if (sources.isEmpty() || targets.isEmpty()) {
					continue;
				}
				if (findingsByRelated == null) {
					findingsByRelated = indexFindings(allFindings);
				}
				List<Decoration> decorations = edgeDecorations(c, findingsByRelated);
				DiagramExpression.Variables vars = variables(decorations, globals);
				List<String> styles = new ArrayList<>();
				for (DiagramSpec.StyleRule r : m.styles()) {
					if (r.when().test(c, vars) && !styles.contains(r.styleClass())) {
						styles.add(r.styleClass());
					}
				}
				for (DiagramSpec.StyleRule r : spec.commonStyles()) {
					if (r.when().test(c, vars) && !styles.contains(r.styleClass())) {
						styles.add(r.styleClass());
					}
				}
				String label = m.label().render(c, globals);
				String name = c instanceof EObject o ? nameOf(o) : null;
				for (DiagramElement s : sources) {
					for (DiagramElement t : targets) {
						if (s == t) {
							continue;
						}
						String base = m.id() + ":" + s.id() + "->" + t.id();
						String suffix = name != null && c != s.semantic() ? name : label;
						String id = uniqueId(suffix == null || suffix.isEmpty() ? base : base + ":" + suffix, usedIds);
						DiagramEdge edge = new DiagramEdge(id, m.id(), s.id(), t.id(), label, styles, m.layers(), c);
						edge.decorations.addAll(decorations);
						edges.add(edge);
					}
				}
			}
		}
		return new DiagramGraph(roots, edges);
	}

	private static Map<Object, List<Finding>> indexFindings(List<Finding> findings) {
		Map<Object, List<Finding>> index = new IdentityHashMap<>();
		for (Finding f : findings) {
			index.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
			for (EObject r : f.related()) {
				if (r != null && r != f.target()) {
					index.computeIfAbsent(r, k -> new ArrayList<>()).add(f);
				}
			}
		}
		return index;
	}

	/**
	 * Findings on an edge: for a model element, those about it; for a derived flow, those that name its origin and
	 * both of its parties (FW-PORT-001 "firewall blocks required flow").
	 */
	private static List<Decoration> edgeDecorations(Object semantic, Map<Object, List<Finding>> index) {
		List<Decoration> out = new ArrayList<>();
		if (semantic instanceof RequiredFlow flow) {
			if (flow.origin() == null) {
				return out;
			}
			for (Finding f : index.getOrDefault(flow.origin(), List.of())) {
				if ((flow.from().party() == null || f.related().contains(flow.from().party()))
						&& (flow.to().party() == null || f.related().contains(flow.to().party()))
						&& f.message().contains(flow.from().label() + " -> " + flow.to().label())) {
					out.add(new Decoration(f.severity(), f.ruleId(), f.message(), f.target()));
				}
			}
		} else if (semantic instanceof EObject o) {
			for (Finding f : index.getOrDefault(o, List.of())) {
				if (f.target() == o) {
					out.add(new Decoration(f.severity(), f.ruleId(), f.message(), f.target()));
				}
			}
		}
		return out;
	}

	private static DiagramExpression.Variables variables(List<Decoration> decorations,
			DiagramExpression.Variables globals) {
		return name -> switch (name) {
		case "error" -> List.of(has(decorations, Severity.ERROR));
		case "warning" -> List.of(has(decorations, Severity.WARNING));
		case "info" -> List.of(has(decorations, Severity.INFO));
		case "findings" -> List.of(decorations.size());
		default -> globals.get(name);
		};
	}

	private static boolean has(List<Decoration> decorations, Severity s) {
		for (Decoration d : decorations) {
			if (d.severity() == s) {
				return true;
			}
		}
		return false;
	}

	private static List<DiagramElement> resolve(List<Object> values, Map<EObject, DiagramElement> bySemantic) {
		List<DiagramElement> out = new ArrayList<>(values.size());
		for (Object v : values) {
			if (v instanceof EObject o) {
				for (EObject t = o; t != null; t = t.eContainer()) {
					DiagramElement e = bySemantic.get(t);
					if (e != null) {
						if (!out.contains(e)) {
							out.add(e);
						}
						break;
					}
				}
			}
		}
		return out;
	}

	private static boolean accepts(DiagramSpec.Mapping m, Object c, DiagramExpression.Variables globals) {
		if (m.type() != null) {
			if (!(c instanceof EObject o) || !isA(o.eClass(), m.type())) {
				return false;
			}
		}
		return m.when() == null || m.when().test(c, globals);
	}

	private static boolean isA(EClass c, String type) {
		if (c.getName().equals(type)) {
			return true;
		}
		for (EClass s : c.getEAllSuperTypes()) {
			if (s.getName().equals(type)) {
				return true;
			}
		}
		return false;
	}

	private boolean filtered(DiagramSpec.Mapping m, Object c, DiagramFilter filter, DiagramExpression.Variables globals) {
		for (DiagramSpec.Filter f : spec.filters()) {
			if (filter.activeFilters().contains(f.id()) && f.mappings().contains(m.id()) && f.when().test(c, globals)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> details(DiagramSpec.Mapping m, EObject o, DiagramExpression.Variables globals) {
		List<String> lines = new ArrayList<>();
		for (DiagramSpec.Detail d : m.details()) {
			if (d.each() == null) {
				if (!d.text().isEmptyFor(o, globals)) {
					String line = d.text().render(o, globals);
					if (!line.isEmpty()) {
						lines.add(line);
					}
				}
			} else {
				for (Object item : d.each().values(o, globals)) {
					if (!d.text().isEmptyFor(item, globals)) {
						String line = d.text().render(item, globals);
						if (!line.isEmpty()) {
							lines.add(line);
						}
					}
				}
			}
		}
		return lines;
	}

	private static String nameOf(EObject o) {
		EStructuralFeature f = o.eClass().getEStructuralFeature("name");
		Object v = f == null ? null : o.eGet(f);
		return v == null || v.toString().isBlank() ? null : v.toString();
	}

	/** The stable part of an element id: its name, else its FQDN, else its label. */
	static String key(EObject o, String label) {
		String name = nameOf(o);
		if (name != null) {
			return name;
		}
		EStructuralFeature f = o.eClass().getEStructuralFeature("fqdn");
		Object v = f == null ? null : o.eGet(f);
		if (v != null && !v.toString().isBlank()) {
			return v.toString();
		}
		return label == null || label.isBlank() ? o.eClass().getName() : label;
	}

	private static String uniqueId(String id, Map<String, Integer> used) {
		Integer n = used.get(id);
		if (n == null) {
			used.put(id, 1);
			return id;
		}
		String candidate;
		do {
			n++;
			candidate = id + "#" + n;
		} while (used.containsKey(candidate));
		used.put(id, n);
		used.put(candidate, 1);
		return candidate;
	}
}
