package org.portolan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.validation.PortolanValidation;
import org.portolan.validation.RuleInfo;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** SARIF 2.1.0 log of one validate run: one run, the rules that fired, one result per finding or input error. */
final class SarifWriter {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	static final String INPUT_ERROR_RULE = "PORTOLAN-INPUT";

	private SarifWriter() {
	}

	static void write(OutputStream o, List<ValidateCommand.Located> findings, List<ModelSet.InputError> inputErrors)
			throws IOException {
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "Portolan");
		driver.addProperty("version", "0.1.0");
		driver.addProperty("semanticVersion", "0.1.0");

		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		JsonArray results = new JsonArray();
		for (ValidateCommand.Located l : findings) {
			RuleInfo info = l.finding().rule();
			Integer index = ruleIndex.get(info.id());
			if (index == null) {
				index = rules.size();
				ruleIndex.put(info.id(), index);
				rules.add(rule(info.id(), info.title(), info.source(), level(l.finding().rule().severity().name())));
			}
			results.add(result(info.id(), index, level(l.finding().severity().name()), l.message(), l.file(),
					l.line()));
		}
		if (!inputErrors.isEmpty()) {
			int index = rules.size();
			rules.add(rule(INPUT_ERROR_RULE, "The file can be read, parsed and linked", null, "error"));
			for (ModelSet.InputError e : inputErrors) {
				results.add(result(INPUT_ERROR_RULE, index, "error", e.message(), e.file(), e.line()));
			}
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
		new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(log, w);
		w.flush();
	}

	private static JsonObject rule(String id, String title, String source, String level) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", id);
		JsonObject shortDescription = new JsonObject();
		shortDescription.addProperty("text", title == null || title.isBlank() ? id : title);
		rule.add("shortDescription", shortDescription);
		JsonObject config = new JsonObject();
		config.addProperty("level", level);
		rule.add("defaultConfiguration", config);
		if (source != null && !source.isBlank()) {
			JsonObject props = new JsonObject();
			props.addProperty("source", source);
			rule.add("properties", props);
		}
		return rule;
	}

	private static JsonObject result(String ruleId, int ruleIndex, String level, String message, String file, int line) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", ruleId);
		result.addProperty("ruleIndex", ruleIndex);
		result.addProperty("level", level);
		JsonObject msg = new JsonObject();
		msg.addProperty("text", message == null || message.isBlank() ? ruleId : message);
		result.add("message", msg);
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(file));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		if (line > 0) {
			JsonObject region = new JsonObject();
			region.addProperty("startLine", line);
			physical.add("region", region);
		}
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physical);
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		return result;
	}

	/** A relative path as a relative URI reference (forward slashes, escaped), an absolute one as a file URI. */
	static String uri(String file) {
		try {
			Path p = Path.of(file);
			if (p.isAbsolute()) {
				return p.toUri().toString();
			}
			StringBuilder sb = new StringBuilder();
			for (Path part : p) {
				if (sb.length() > 0) {
					sb.append('/');
				}
				sb.append(new java.net.URI(null, null, part.toString(), null).getRawPath().replace(":", "%3A"));
			}
			return sb.toString();
		} catch (RuntimeException | java.net.URISyntaxException e) {
			return file.replace('\\', '/').replace(" ", "%20");
		}
	}

	/** SARIF levels: error, warning, note. */
	static String level(String severity) {
		return switch (severity) {
		case "ERROR" -> "error";
		case "WARNING" -> "warning";
		default -> "note";
		};
	}

	static RuleInfo info(String id) {
		return PortolanValidation.rule(id);
	}
}
