package org.portolan.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * The declarative diagram mapping (Sirius viewpoint spirit): container, node and edge mappings, conditional styles,
 * layers and filters, as data. The shipped spec is {@code org/portolan/diagram/spec/portolan.diagram.json}; the
 * format is described in {@code docs/diagram.md}. Immutable once loaded.
 */
public final class DiagramSpec {

	/** Where the shipped spec lives on the class path. */
	public static final String SHIPPED = "spec/portolan.diagram.json";

	public enum MappingKind {
		CONTAINER, NODE, EDGE
	}

	/** A layer the user switches on or off; mappings name the layers they belong to. */
	public record Layer(String id, String label, boolean enabled) {
	}

	/** A filter hides the elements of the named mappings for which {@code when} holds, while it is active. */
	public record Filter(String id, String label, boolean enabled, Set<String> mappings, DiagramExpression when) {
	}

	/** A conditional style: when {@code when} holds for the element, it gets {@code styleClass}. */
	public record StyleRule(DiagramExpression when, String styleClass) {
	}

	/** One detail line, or one per value of {@code each}. */
	public record Detail(DiagramExpression each, DiagramTemplate text) {
	}

	/** How a style class is drawn by the exports (the GLSP client maps the same class names to CSS). */
	public record Style(String fill, String stroke, double strokeWidth, String dash, String textColor) {
	}

	/**
	 * One mapping. {@code candidates} is evaluated on the topology (or reads {@code $flows}); {@code type} keeps
	 * candidates of that EClass (or a subclass); {@code when} keeps those for which it holds. Containers and nodes:
	 * {@code parent} gives the semantic elements to nest in, the first one with a container is used. Edges:
	 * {@code source} (default {@code this}) and {@code target} give the ends, one edge per target value.
	 */
	public record Mapping(String id, MappingKind kind, String pointer, DiagramExpression candidates, String type,
			DiagramExpression when, DiagramExpression parent, DiagramTemplate label, List<Detail> details,
			List<StyleRule> styles, List<String> layers, DiagramExpression source, DiagramExpression target) {
	}

	private final String name;
	private final List<Layer> layers;
	private final List<Filter> filters;
	private final List<Mapping> mappings;
	private final List<StyleRule> commonStyles;
	private final Map<String, Style> styles;

	private DiagramSpec(String name, List<Layer> layers, List<Filter> filters, List<Mapping> mappings,
			List<StyleRule> commonStyles, Map<String, Style> styles) {
		this.name = name;
		this.layers = List.copyOf(layers);
		this.filters = List.copyOf(filters);
		this.mappings = List.copyOf(mappings);
		this.commonStyles = List.copyOf(commonStyles);
		this.styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
	}

	private static volatile DiagramSpec shipped;

	/** The spec shipped in this bundle (loaded once). */
	public static DiagramSpec shipped() {
		DiagramSpec s = shipped;
		if (s == null) {
			try (InputStream in = DiagramSpec.class.getResourceAsStream(SHIPPED)) {
				if (in == null) {
					throw new IllegalStateException("the shipped diagram spec " + SHIPPED + " is missing from the bundle");
				}
				s = load(in, "portolan.diagram.json");
			} catch (IOException | DiagramSpecException e) {
				throw new IllegalStateException("the shipped diagram spec is broken: " + e.getMessage(), e);
			}
			shipped = s;
		}
		return s;
	}

	/** Reads a spec from {@code in} (UTF-8 JSON); {@code fileName} names it in errors. */
	public static DiagramSpec load(InputStream in, String fileName) throws IOException, DiagramSpecException {
		return load(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
	}

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	public static DiagramSpec load(Reader reader, String fileName) throws IOException, DiagramSpecException {
		JsonElement root;
		try {
			JsonReader jr = new JsonReader(reader);
			jr.setStrictness(Strictness.STRICT);
			root = GSON.getAdapter(JsonElement.class).read(jr);
			if (jr.peek() != JsonToken.END_DOCUMENT) {
				throw new MalformedJsonException("content after the JSON document at line " + lineOf(jr));
			}
		} catch (MalformedJsonException | JsonParseException | IllegalStateException | java.io.EOFException e) {
			String msg = e.getMessage() == null ? e.toString() : e.getMessage();
			Matcher m = LINE.matcher(msg);
			int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
			throw new DiagramSpecException(fileName, Math.max(line, 1), null, "not valid JSON: " + firstLine(msg), e);
		}
		return new Reading(fileName).spec(root);
	}

	private static final com.google.gson.Gson GSON = new com.google.gson.Gson();

	private static String lineOf(JsonReader jr) {
		Matcher m = LINE.matcher(jr.toString());
		return m.find() ? m.group(1) : "?";
	}

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	public String name() {
		return name;
	}

	public List<Layer> layers() {
		return layers;
	}

	public List<Filter> filters() {
		return filters;
	}

	public List<Mapping> mappings() {
		return mappings;
	}

	public Mapping mapping(String id) {
		for (Mapping m : mappings) {
			if (m.id().equals(id)) {
				return m;
			}
		}
		return null;
	}

	/** Style rules applied to every element and edge after its mapping's own rules. */
	public List<StyleRule> commonStyles() {
		return commonStyles;
	}

	/** The drawing of each style class. */
	public Map<String, Style> styles() {
		return styles;
	}

	// ---------------------------------------------------------------------------------------------- reading

	private static final class Reading {
		final String file;
		final Set<String> layerIds = new HashSet<>();

		Reading(String file) {
			this.file = file;
		}

		DiagramSpecException error(String pointer, String message) {
			return new DiagramSpecException(file, 0, pointer.isEmpty() ? "/" : pointer, message, null);
		}

		DiagramSpec spec(JsonElement root) throws DiagramSpecException {
			JsonObject o = object(root, "");
			allowed(o, "", "version", "name", "layers", "filters", "styles", "commonStyles", "containers", "nodes",
					"edges", "$comment");
			JsonElement version = o.get("version");
			if (version == null || !version.isJsonPrimitive() || version.getAsInt() != 1) {
				throw error("/version", "version 1 expected");
			}
			String name = optString(o, "", "name", "diagram");
			List<Layer> layers = new ArrayList<>();
			JsonArray la = array(o, "", "layers");
			for (int i = 0; i < la.size(); i++) {
				String p = "/layers/" + i;
				JsonObject l = object(la.get(i), p);
				allowed(l, p, "id", "label", "enabled");
				String id = string(l, p, "id");
				if (!layerIds.add(id)) {
					throw error(p + "/id", "layer '" + id + "' is defined twice");
				}
				layers.add(new Layer(id, optString(l, p, "label", id), bool(l, p, "enabled", true)));
			}
			Map<String, Style> styles = new LinkedHashMap<>();
			if (o.has("styles")) {
				JsonObject so = object(o.get("styles"), "/styles");
				for (Map.Entry<String, JsonElement> e : so.entrySet()) {
					String p = "/styles/" + e.getKey();
					JsonObject s = object(e.getValue(), p);
					allowed(s, p, "fill", "stroke", "strokeWidth", "dash", "textColor");
					double width = 0;
					if (s.has("strokeWidth")) {
						try {
							width = s.get("strokeWidth").getAsDouble();
						} catch (RuntimeException x) {
							throw error(p + "/strokeWidth", "a number expected");
						}
					}
					styles.put(e.getKey(), new Style(color(s, p, "fill"), color(s, p, "stroke"), width,
							optString(s, p, "dash", null), color(s, p, "textColor")));
				}
			}
			List<StyleRule> common = styleRules(o, "", "commonStyles", styles);
			List<Mapping> mappings = new ArrayList<>();
			Set<String> ids = new HashSet<>();
			for (String section : List.of("containers", "nodes", "edges")) {
				JsonArray ma = array(o, "", section);
				for (int i = 0; i < ma.size(); i++) {
					String p = "/" + section + "/" + i;
					MappingKind kind = switch (section) {
					case "containers" -> MappingKind.CONTAINER;
					case "nodes" -> MappingKind.NODE;
					default -> MappingKind.EDGE;
					};
					Mapping m = mapping(object(ma.get(i), p), p, kind, styles);
					if (!ids.add(m.id())) {
						throw error(p + "/id", "mapping '" + m.id() + "' is defined twice");
					}
					mappings.add(m);
				}
			}
			List<Filter> filters = new ArrayList<>();
			JsonArray fa = array(o, "", "filters");
			Set<String> filterIds = new HashSet<>();
			for (int i = 0; i < fa.size(); i++) {
				String p = "/filters/" + i;
				JsonObject f = object(fa.get(i), p);
				allowed(f, p, "id", "label", "enabled", "mappings", "when");
				String id = string(f, p, "id");
				if (!filterIds.add(id)) {
					throw error(p + "/id", "filter '" + id + "' is defined twice");
				}
				Set<String> names = new LinkedHashSet<>(strings(f, p, "mappings"));
				for (String n : names) {
					if (!ids.contains(n)) {
						throw error(p + "/mappings", "no mapping '" + n + "'");
					}
				}
				filters.add(new Filter(id, optString(f, p, "label", id), bool(f, p, "enabled", false),
						Collections.unmodifiableSet(names), expression(f, p, "when", true)));
			}
			return new DiagramSpec(name, layers, filters, mappings, common, styles);
		}

		Mapping mapping(JsonObject o, String p, MappingKind kind, Map<String, Style> styles)
				throws DiagramSpecException {
			if (kind == MappingKind.EDGE) {
				allowed(o, p, "id", "candidates", "type", "when", "label", "styles", "layers", "source", "target",
						"$comment");
			} else {
				allowed(o, p, "id", "candidates", "type", "when", "parent", "label", "details", "styles", "layers",
						"$comment");
			}
			String id = string(o, p, "id");
			if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
				throw error(p + "/id", "a mapping id is a letter followed by letters, digits, '-' or '_': '" + id + "'");
			}
			List<Detail> details = new ArrayList<>();
			if (o.has("details")) {
				JsonArray da = array(o, p, "details");
				for (int i = 0; i < da.size(); i++) {
					String dp = p + "/details/" + i;
					JsonElement d = da.get(i);
					if (d.isJsonPrimitive() && d.getAsJsonPrimitive().isString()) {
						details.add(new Detail(null, template(d.getAsString(), dp)));
					} else {
						JsonObject dobj = object(d, dp);
						allowed(dobj, dp, "for", "text");
						details.add(new Detail(expression(dobj, dp, "for", true),
								template(string(dobj, dp, "text"), dp + "/text")));
					}
				}
			}
			List<String> layers = strings(o, p, "layers");
			for (int i = 0; i < layers.size(); i++) {
				if (!layerIds.contains(layers.get(i))) {
					throw error(p + "/layers/" + i, "no layer '" + layers.get(i) + "'");
				}
			}
			return new Mapping(id, kind, p, expression(o, p, "candidates", true), optString(o, p, "type", null),
					expression(o, p, "when", false), kind == MappingKind.EDGE ? null : expression(o, p, "parent", false),
					template(optString(o, p, "label", ""), p + "/label"), List.copyOf(details),
					styleRules(o, p, "styles", styles), List.copyOf(layers),
					kind == MappingKind.EDGE ? expressionOr(o, p, "source", "this") : null,
					kind == MappingKind.EDGE ? expression(o, p, "target", true) : null);
		}

		List<StyleRule> styleRules(JsonObject o, String p, String key, Map<String, Style> styles)
				throws DiagramSpecException {
			List<StyleRule> rules = new ArrayList<>();
			if (!o.has(key)) {
				return rules;
			}
			JsonArray a = array(o, p, key);
			for (int i = 0; i < a.size(); i++) {
				String rp = p + "/" + key + "/" + i;
				JsonObject r = object(a.get(i), rp);
				allowed(r, rp, "when", "class");
				String cls = string(r, rp, "class");
				if (!styles.containsKey(cls)) {
					throw error(rp + "/class", "style class '" + cls + "' is not defined under /styles");
				}
				rules.add(new StyleRule(expression(r, rp, "when", true), cls));
			}
			return List.copyOf(rules);
		}

		DiagramExpression expressionOr(JsonObject o, String p, String key, String dflt) throws DiagramSpecException {
			DiagramExpression e = expression(o, p, key, false);
			return e != null ? e : DiagramExpression.parse(dflt);
		}

		DiagramExpression expression(JsonObject o, String p, String key, boolean required) throws DiagramSpecException {
			String text = required ? string(o, p, key) : optString(o, p, key, null);
			if (text == null) {
				return null;
			}
			try {
				return DiagramExpression.parse(text);
			} catch (IllegalArgumentException e) {
				throw error(p + "/" + key, e.getMessage());
			}
		}

		DiagramTemplate template(String text, String p) throws DiagramSpecException {
			try {
				return DiagramTemplate.parse(text);
			} catch (IllegalArgumentException e) {
				throw error(p, e.getMessage());
			}
		}

		JsonObject object(JsonElement e, String p) throws DiagramSpecException {
			if (e == null || !e.isJsonObject()) {
				throw error(p, "an object expected");
			}
			return e.getAsJsonObject();
		}

		JsonArray array(JsonObject o, String p, String key) throws DiagramSpecException {
			JsonElement e = o.get(key);
			if (e == null) {
				return new JsonArray();
			}
			if (!e.isJsonArray()) {
				throw error(p + "/" + key, "an array expected");
			}
			return e.getAsJsonArray();
		}

		void allowed(JsonObject o, String p, String... keys) throws DiagramSpecException {
			Set<String> ok = Set.of(keys);
			for (String k : o.keySet()) {
				if (!ok.contains(k)) {
					throw error(p + "/" + k, "unknown property '" + k + "' (allowed: " + String.join(", ", keys) + ")");
				}
			}
		}

		String string(JsonObject o, String p, String key) throws DiagramSpecException {
			String s = optString(o, p, key, null);
			if (s == null || s.isBlank()) {
				throw error(p + "/" + key, "'" + key + "' is required");
			}
			return s;
		}

		String optString(JsonObject o, String p, String key, String dflt) throws DiagramSpecException {
			JsonElement e = o.get(key);
			if (e == null || e.isJsonNull()) {
				return dflt;
			}
			if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
				throw error(p + "/" + key, "a string expected");
			}
			return e.getAsString();
		}

		String color(JsonObject o, String p, String key) throws DiagramSpecException {
			String c = optString(o, p, key, null);
			if (c != null && !c.matches("#[0-9a-fA-F]{6}|none")) {
				throw error(p + "/" + key, "a colour is #rrggbb or none: '" + c + "'");
			}
			return c;
		}

		boolean bool(JsonObject o, String p, String key, boolean dflt) throws DiagramSpecException {
			JsonElement e = o.get(key);
			if (e == null) {
				return dflt;
			}
			if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
				throw error(p + "/" + key, "true or false expected");
			}
			return e.getAsBoolean();
		}

		List<String> strings(JsonObject o, String p, String key) throws DiagramSpecException {
			JsonArray a = array(o, p, key);
			List<String> out = new ArrayList<>();
			for (int i = 0; i < a.size(); i++) {
				JsonElement e = a.get(i);
				if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
					throw error(p + "/" + key + "/" + i, "a string expected");
				}
				out.add(e.getAsString());
			}
			return out;
		}
	}
}
