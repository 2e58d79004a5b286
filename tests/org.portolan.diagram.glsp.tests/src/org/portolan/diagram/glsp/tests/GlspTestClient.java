package org.portolan.diagram.glsp.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.DiagramServer;
import org.portolan.diagram.glsp.PortolanDiagramModule;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Plays the GLSP client against the in-process server over the same JSON-RPC text bridge the SWT Browser uses:
 * initialize, open a session, request the model, answer bounds requests, send operations.
 */
final class GlspTestClient implements AutoCloseable {

	static final String CLIENT_ID = "portolan-diagram";
	private static final String[] CLIENT_KINDS = { "setModel", "updateModel", "requestBounds", "setDirtyState",
			"setMarkers", "portolanLayers", "setTypeHints", "setEditMode", "status", "message", "setContextActions",
			"setEditValidationResult", "deleteMarkers", "exportSvg", "selectAll", "elementSelected", "fit", "center",
			"startProgress", "updateProgress", "endProgress", "triggerNodeCreation", "triggerEdgeCreation",
			"setClipboardData", "setNavigationTargets", "navigateToTarget", "setPopupModel", "setResolvedNavigationTarget",
			"setViewport", "setBounds", "serverMessage", "serverStatus" };

	final DiagramServer server;
	final DiagramDocument document;
	private final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
	final List<JsonObject> received = new ArrayList<>();
	private int nextId = 1;
	JsonObject root;

	GlspTestClient(DiagramDocument document) {
		this.document = document;
		this.server = new DiagramServer(document, json -> inbox.add(JsonParser.parseString(json).getAsJsonObject()));
	}

	JsonObject start(String sourceUri) throws InterruptedException {
		JsonObject init = new JsonObject();
		init.addProperty("applicationId", "portolan-tests");
		init.addProperty("protocolVersion", "1.0.0");
		request("initialize", init);
		JsonObject session = new JsonObject();
		session.addProperty("clientSessionId", CLIENT_ID);
		session.addProperty("diagramType", PortolanDiagramModule.DIAGRAM_TYPE);
		JsonArray kinds = new JsonArray();
		for (String kind : CLIENT_KINDS) {
			kinds.add(kind);
		}
		session.add("clientActionKinds", kinds);
		request("initializeClientSession", session);
		JsonObject options = new JsonObject();
		options.addProperty("sourceUri", sourceUri);
		options.addProperty("diagramType", PortolanDiagramModule.DIAGRAM_TYPE);
		JsonObject action = new JsonObject();
		action.addProperty("kind", "requestModel");
		action.add("options", options);
		action.addProperty("requestId", "request-model");
		return roundTrip(action);
	}

	JsonObject request(String method, JsonObject params) throws InterruptedException {
		int id = nextId++;
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("id", id);
		message.addProperty("method", method);
		message.add("params", params);
		server.receive(message.toString());
		while (true) {
			JsonObject m = next();
			if (m.has("id") && m.get("id").getAsInt() == id) {
				if (m.has("error")) {
					throw new AssertionError(method + " failed: " + m.get("error"));
				}
				return m;
			}
		}
	}

	void send(JsonObject action) {
		JsonObject params = new JsonObject();
		params.addProperty("clientId", CLIENT_ID);
		params.add("action", action);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "process");
		message.add("params", params);
		server.receive(message.toString());
	}

	/** Sends {@code action} and plays the client until the server sent the new model; returns its root. */
	JsonObject roundTrip(JsonObject action) throws InterruptedException {
		send(action);
		return awaitModel();
	}

	JsonObject awaitModel() throws InterruptedException {
		while (true) {
			JsonObject a = nextAction();
			String kind = a.get("kind").getAsString();
			if (kind.equals("requestBounds")) {
				JsonObject bounds = new JsonObject();
				bounds.addProperty("kind", "computedBounds");
				bounds.add("bounds", new JsonArray());
				bounds.add("alignments", new JsonArray());
				JsonObject newRoot = a.getAsJsonObject("newRoot");
				bounds.addProperty("revision", newRoot.has("revision") ? newRoot.get("revision").getAsInt() : 0);
				bounds.addProperty("responseId", a.has("requestId") ? a.get("requestId").getAsString() : "");
				send(bounds);
			} else if (kind.equals("setModel") || kind.equals("updateModel")) {
				root = a.getAsJsonObject("newRoot");
				return root;
			} else if (kind.equals("message") || kind.equals("serverMessage")) {
				if (a.has("severity") && "ERROR".equals(a.get("severity").getAsString())) {
					throw new AssertionError("server error: " + a);
				}
			}
		}
	}

	/** Waits for an action of {@code kind} (skipping others, answering bounds requests). */
	JsonObject await(String kind) throws InterruptedException {
		for (JsonObject a : received) {
			if (a.get("kind").getAsString().equals(kind)) {
				received.remove(a);
				return a;
			}
		}
		while (true) {
			JsonObject a = nextAction();
			if (a.get("kind").getAsString().equals(kind)) {
				received.remove(a);
				return a;
			}
		}
	}

	private JsonObject nextAction() throws InterruptedException {
		while (true) {
			JsonObject m = next();
			if (m.has("method") && m.get("method").getAsString().equals("process")) {
				JsonObject action = m.getAsJsonObject("params").getAsJsonObject("action");
				if (Boolean.getBoolean("portolan.glsp.trace")) {
					String t = action.toString();
					System.err.println("<< " + (t.length() > 300 ? t.substring(0, 300) : t));
				}
				if (("status".equals(action.get("kind").getAsString()) || "message".equals(action.get("kind").getAsString()))
						&& action.has("severity") && "ERROR".equals(action.get("severity").getAsString())) {
					throw new AssertionError("server error: " + action);
				}
				received.add(action);
				return action;
			}
		}
	}

	private JsonObject next() throws InterruptedException {
		JsonObject m = inbox.poll(60, TimeUnit.SECONDS);
		if (m == null) {
			throw new AssertionError("no message from the server within 60 s; received " + received);
		}
		return m;
	}

	/** The GModel element with the given name argument (or id), searched in the whole tree. */
	static JsonObject find(JsonObject element, String nameOrId) {
		if (element.has("id") && element.get("id").getAsString().equals(nameOrId)) {
			return element;
		}
		JsonElement args = element.get("args");
		if (args != null && args.isJsonObject() && args.getAsJsonObject().has("name")
				&& args.getAsJsonObject().get("name").getAsString().equals(nameOrId) && "node".equals(type(element))) {
			return element;
		}
		if (element.has("children")) {
			for (JsonElement child : element.getAsJsonArray("children")) {
				JsonObject found = find(child.getAsJsonObject(), nameOrId);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static List<JsonObject> all(JsonObject element, String type) {
		List<JsonObject> result = new ArrayList<>();
		collect(element, type, result);
		return result;
	}

	private static void collect(JsonObject element, String type, List<JsonObject> result) {
		if (type.equals(type(element))) {
			result.add(element);
		}
		if (element.has("children")) {
			for (JsonElement child : element.getAsJsonArray("children")) {
				collect(child.getAsJsonObject(), type, result);
			}
		}
	}

	static String type(JsonObject element) {
		return element.has("type") ? element.get("type").getAsString() : "";
	}

	@Override
	public void close() {
		server.close();
		document.dispose();
	}
}
