package org.portolan.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * An in-process GLSP server for one diagram, talking JSON-RPC to its client through plain strings: the SWT Browser
 * hands each client message to {@link #receive(String)} (a BrowserFunction) and gets the server's messages through
 * the sink (a script call), and the browser tests do the same through a pipe. No socket, no HTTP server.
 */
public final class DiagramServer implements AutoCloseable {

	private final Injector injector;
	private final GLSPServer server;
	private final MessageJsonHandler json;
	private final RemoteEndpoint endpoint;
	private final ExecutorService executor;
	private final DiagramExports exports = new DiagramExports();

	/**
	 * @param document the model the diagram shows and edits
	 * @param toClient receives each server message as JSON text (any thread; the host forwards it to the client)
	 */
	public DiagramServer(DiagramDocument document, Consumer<String> toClient) {
		this.injector = Guice.createInjector(new ServerModule()
				.configureDiagramModule(new PortolanDiagramModule(document, exports)));
		this.server = injector.getInstance(GLSPServer.class);
		Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
		ServerGsonConfigurator gson = injector.getInstance(ServerGsonConfigurator.class);
		this.json = new MessageJsonHandler(methods, gson::configureGsonBuilder);
		MessageConsumer out = message -> toClient.accept(json.serialize(message));
		Endpoint local = ServiceEndpoints.toEndpoint(server);
		this.endpoint = new RemoteEndpoint(out, local);
		json.setMethodProvider(endpoint);
		this.executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "portolan-diagram-jsonrpc");
			t.setDaemon(true);
			return t;
		});
		GLSPClient client = ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class);
		server.connect(client);
	}

	/** A message from the client (JSON-RPC as text); handled in order on the server's own thread. */
	public void receive(String message) {
		Message parsed = json.parseMessage(message);
		executor.execute(() -> endpoint.consume(parsed));
	}

	public DiagramExports exports() {
		return exports;
	}

	public Injector injector() {
		return injector;
	}

	@Override
	public void close() {
		try {
			server.shutdown();
		} catch (RuntimeException e) {
			// already shut down by the client
		}
		executor.shutdownNow();
	}
}
