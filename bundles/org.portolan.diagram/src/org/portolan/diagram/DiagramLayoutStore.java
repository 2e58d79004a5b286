package org.portolan.diagram;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.portolan.model.io.AtomicFiles;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Reads and writes the layout sidecar beside a model: {@code model.portolan} → {@code model.portolan.layout} (JSON,
 * format in {@code docs/diagram.md}). Writing goes to a temporary file in the same folder, then renames it over the
 * sidecar. A sidecar that cannot be read is reported (file and reason) and left in place; the caller lays the
 * diagram out automatically.
 */
public final class DiagramLayoutStore {

	public static final String SUFFIX = ".layout";
	static final int VERSION = 1;

	private DiagramLayoutStore() {
	}

	/** The result of {@link #read(Path)}: the layout (empty when missing or unreadable) and the problem, if any. */
	public record Loaded(DiagramLayout layout, Path file, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	/** {@code dir/x.portolan} → {@code dir/x.portolan.layout}. */
	public static Path sidecarOf(Path model) {
		return model.resolveSibling(model.getFileName().toString() + SUFFIX);
	}

	/** Reads the sidecar of {@code model}; never throws for a missing or corrupt file (see {@link Loaded#problem()}). */
	public static Loaded read(Path model) {
		Path file = sidecarOf(model);
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new Loaded(parse(r, file.toString()), file, null);
		} catch (NoSuchFileException e) {
			return new Loaded(new DiagramLayout(), file, null);
		} catch (IOException | RuntimeException e) {
			String msg = e.getMessage() == null ? e.toString() : e.getMessage();
			return new Loaded(new DiagramLayout(), file,
					file + ": the diagram layout cannot be read (" + msg + "); the diagram is laid out automatically"
							+ " and the file is left as it is");
		}
	}

	/** Parses sidecar JSON; throws {@link IOException} naming {@code name} and the line or the entry at fault. */
	public static DiagramLayout parse(Reader reader, String name) throws IOException {
		JsonElement root;
		JsonReader jr = new JsonReader(reader);
		jr.setStrictness(Strictness.STRICT);
		try {
			root = new com.google.gson.Gson().getAdapter(JsonElement.class).read(jr);
			if (jr.peek() != JsonToken.END_DOCUMENT) {
				throw new IOException(name + ": content after the JSON document");
			}
		} catch (JsonParseException | IllegalStateException | java.io.EOFException e) {
			throw new IOException(name + ": not valid JSON: " + e.getMessage(), e);
		} catch (IOException e) {
			if (e.getMessage() != null && e.getMessage().startsWith(name)) {
				throw e;
			}
			throw new IOException(name + ": not valid JSON: " + e.getMessage(), e);
		}
		if (!root.isJsonObject()) {
			throw new IOException(name + ": a JSON object expected");
		}
		JsonObject o = root.getAsJsonObject();
		if (!o.has("version") || !o.get("version").isJsonPrimitive() || o.get("version").getAsInt() != VERSION) {
			throw new IOException(name + ": /version: version " + VERSION + " expected");
		}
		DiagramLayout layout = new DiagramLayout();
		if (o.has("nodes")) {
			if (!o.get("nodes").isJsonObject()) {
				throw new IOException(name + ": /nodes: an object expected");
			}
			for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("nodes").entrySet()) {
				String p = "/nodes/" + e.getKey();
				if (!e.getValue().isJsonObject()) {
					throw new IOException(name + ": " + p + ": an object {x, y, w, h} expected");
				}
				JsonObject b = e.getValue().getAsJsonObject();
				layout.setBounds(e.getKey(), new DiagramLayout.Bounds(number(b, "x", name, p), number(b, "y", name, p),
						number(b, "w", name, p), number(b, "h", name, p)));
			}
		}
		if (o.has("edges")) {
			if (!o.get("edges").isJsonObject()) {
				throw new IOException(name + ": /edges: an object expected");
			}
			for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("edges").entrySet()) {
				String p = "/edges/" + e.getKey();
				if (!e.getValue().isJsonArray()) {
					throw new IOException(name + ": " + p + ": an array of [x, y] points expected");
				}
				List<DiagramLayout.Point> points = new ArrayList<>();
				JsonArray a = e.getValue().getAsJsonArray();
				for (int i = 0; i < a.size(); i++) {
					JsonElement pt = a.get(i);
					if (!pt.isJsonArray() || pt.getAsJsonArray().size() != 2) {
						throw new IOException(name + ": " + p + "/" + i + ": a point [x, y] expected");
					}
					try {
						points.add(new DiagramLayout.Point(pt.getAsJsonArray().get(0).getAsDouble(),
								pt.getAsJsonArray().get(1).getAsDouble()));
					} catch (RuntimeException x) {
						throw new IOException(name + ": " + p + "/" + i + ": numbers expected");
					}
				}
				layout.setRoute(e.getKey(), points);
			}
		}
		return layout;
	}

	private static double number(JsonObject b, String key, String name, String p) throws IOException {
		JsonElement v = b.get(key);
		if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
			throw new IOException(name + ": " + p + "/" + key + ": a number expected");
		}
		double d = v.getAsDouble();
		if (!Double.isFinite(d) || ((key.equals("w") || key.equals("h")) && d < 0)) {
			throw new IOException(name + ": " + p + "/" + key + ": not a valid coordinate: " + d);
		}
		return d;
	}

	/** Writes the sidecar of {@code model} atomically (temporary file in the same folder, then rename). */
	public static Path write(Path model, DiagramLayout layout) throws IOException {
		return AtomicFiles.write(sidecarOf(model), out -> {
			Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			write(w, layout);
			w.flush();
		});
	}

	/** Writes the sidecar JSON (ids sorted, so the file diffs well). */
	public static void write(Writer out, DiagramLayout layout) throws IOException {
		JsonWriter w = new JsonWriter(out);
		w.setIndent("  ");
		w.beginObject();
		w.name("version").value(VERSION);
		w.name("nodes").beginObject();
		for (Map.Entry<String, DiagramLayout.Bounds> e : layout.allBounds().entrySet()) {
			DiagramLayout.Bounds b = e.getValue();
			w.name(e.getKey()).beginObject();
			w.name("x").value(round(b.x()));
			w.name("y").value(round(b.y()));
			w.name("w").value(round(b.width()));
			w.name("h").value(round(b.height()));
			w.endObject();
		}
		w.endObject();
		w.name("edges").beginObject();
		for (Map.Entry<String, List<DiagramLayout.Point>> e : layout.allRoutes().entrySet()) {
			w.name(e.getKey()).beginArray();
			for (DiagramLayout.Point p : e.getValue()) {
				w.beginArray().value(round(p.x())).value(round(p.y())).endArray();
			}
			w.endArray();
		}
		w.endObject();
		w.endObject();
		w.flush();
	}

	private static double round(double d) {
		return Math.round(d * 100.0) / 100.0;
	}
}
