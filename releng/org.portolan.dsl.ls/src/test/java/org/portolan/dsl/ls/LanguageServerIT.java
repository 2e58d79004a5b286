package org.portolan.dsl.ls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the shaded language server jar as a separate process (java -jar, stdio) and drives it as an LSP client:
 * initialize, didOpen, diagnostics, completion.
 */
class LanguageServerIT {

	@TempDir
	Path workspace;

	private Process process;
	private LanguageServer server;
	private final Map<String, CompletableFuture<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();

	@BeforeEach
	void start() throws Exception {
		Path repo = Paths.get(System.getProperty("portolan.repo", "../..")).toAbsolutePath().normalize();
		// a workspace that mirrors the repository layout, so the examples' relative imports resolve
		Path catalogs = workspace.resolve("bundles/org.portolan.catalog/resources/catalogs");
		Files.createDirectories(catalogs);
		Files.createDirectories(workspace.resolve("examples"));
		try (Stream<Path> files = Files.list(repo.resolve("bundles/org.portolan.catalog/resources/catalogs"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".portolan")).collect(Collectors.toList())) {
				Files.copy(f, catalogs.resolve(f.getFileName()));
			}
		}
		Files.copy(repo.resolve("examples/12-lync2013-scaled-edge.portolan"),
				workspace.resolve("examples/12-lync2013-scaled-edge.portolan"));
		// stale build output and tool folders: a copy of the example (same names) and a broken file, never indexed
		Files.createDirectories(workspace.resolve("target/classes/examples"));
		Files.copy(repo.resolve("examples/12-lync2013-scaled-edge.portolan"),
				workspace.resolve("target/classes/examples/12-lync2013-scaled-edge.portolan"));
		Files.createDirectories(workspace.resolve("node_modules/pkg"));
		Files.writeString(workspace.resolve("node_modules/pkg/broken.portolan"), "topology broken\nserver {\n");

		String jar = System.getProperty("portolan.ls.jar");
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		process = new ProcessBuilder(java, "-jar", jar).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(),
				process.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();

		InitializeParams init = new InitializeParams();
		init.setCapabilities(new ClientCapabilities());
		init.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(workspace.toUri().toString(), "ws")));
		init.setRootUri(workspace.toUri().toString());
		InitializeResult result = server.initialize(init).get(60, TimeUnit.SECONDS);
		assertTrue(result.getCapabilities().getCompletionProvider() != null, "server offers completion");
		server.initialized(new InitializedParams());
	}

	@AfterEach
	void stop() throws Exception {
		if (server != null) {
			try {
				server.shutdown().get(10, TimeUnit.SECONDS);
				server.exit();
			} catch (Exception e) {
				// the process is destroyed below anyway
			}
		}
		if (process != null) {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private PublishDiagnosticsParams open(Path file, String text) throws Exception {
		String uri = file.toUri().toString();
		CompletableFuture<PublishDiagnosticsParams> future = diagnostics.computeIfAbsent(uri, u -> new CompletableFuture<>());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "portolan", 1, text)));
		return future.get(60, TimeUnit.SECONDS);
	}

	@Test
	void exampleHasNoDiagnosticsAndBrokenFileHasTheExpectedOnes() throws Exception {
		Path example = workspace.resolve("examples/12-lync2013-scaled-edge.portolan");
		PublishDiagnosticsParams clean = open(example, Files.readString(example));
		assertEquals(List.of(), clean.getDiagnostics(), "no duplicates with the stale copy under target/");
		assertTrue(diagnostics.keySet().stream().noneMatch(u -> u.contains("/target/") || u.contains("/node_modules/")),
				"build output and tool folders are not indexed: " + diagnostics.keySet());

		Path broken = workspace.resolve("examples/broken.portolan");
		String text = "topology broken\nserver s { role lync2013.EdgeServr }\nzone z kind nowhere\n";
		PublishDiagnosticsParams d = open(broken, text);
		List<String> messages = d.getDiagnostics().stream().map(x -> x.getRange().getStart().getLine() + ": "
				+ (x.getMessage().isLeft() ? x.getMessage().getLeft() : x.getMessage().getRight().getValue())).toList();
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("1: Unknown catalog role 'lync2013.EdgeServr'")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("2: Unexpected 'nowhere', expected one of") && m.contains("'perimeter'")), messages.toString());
	}

	@Test
	void completionOffersCatalogRolesAndKeywords() throws Exception {
		Path file = workspace.resolve("examples/new.portolan");
		String text = "topology demo\nserver s { role  }\n";
		open(file, text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(file.toUri().toString()), new Position(1, 16));
		Either<List<CompletionItem>, CompletionList> result = server.getTextDocumentService().completion(params).get(60, TimeUnit.SECONDS);
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("lync2013.EdgeServer"), labels.toString());
		assertTrue(labels.contains("lync2013.AccessEdge"), labels.toString());

		CompletionParams top = new CompletionParams(new TextDocumentIdentifier(file.toUri().toString()), new Position(2, 0));
		Either<List<CompletionItem>, CompletionList> keywords = server.getTextDocumentService().completion(top).get(60, TimeUnit.SECONDS);
		List<String> kw = (keywords.isLeft() ? keywords.getLeft() : keywords.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(kw.containsAll(List.of("server", "firewall", "zone")), kw.toString());
	}

	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.computeIfAbsent(params.getUri(), u -> new CompletableFuture<>()).complete(params);
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	static String read(Path p) throws IOException {
		return Files.readString(p);
	}
}
