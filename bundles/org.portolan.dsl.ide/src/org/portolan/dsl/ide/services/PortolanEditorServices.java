package org.portolan.dsl.ide.services;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.portolan.model.NamedElement;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * The editor services the workbench calls in-process (no Xtext UI): content assist, lexical and semantic
 * highlighting, hover, go-to-definition, document symbols, formatting and rename. Each works on an
 * {@link XtextResource} of an {@code XtextResourceSet} (other files of the project loaded into the same set).
 * Obtain with {@code PortolanIdeSetup.doIdeSetup().getInstance(PortolanEditorServices.class)}.
 */
public class PortolanEditorServices {

	/** A highlighted range: offset, length and style id (lexical ids of HighlightingStyles or semantic ids). */
	public record Highlight(int offset, int length, String style) {
	}

	/** A definition: the file and the range of the declared name. */
	public record Location(URI uri, int offset, int length, EObject element) {
	}

	@Inject
	private Provider<ContentAssistContextFactory> contextFactoryProvider;
	@Inject
	private IdeContentProposalProvider proposalProvider;
	@Inject
	private Provider<IdeContentProposalAcceptor> acceptorProvider;
	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexerProvider;
	@Inject
	private DefaultAntlrTokenToAttributeIdMapper tokenMapper;
	@Inject
	private ISemanticHighlightingCalculator semanticHighlighting;
	@Inject
	private EObjectAtOffsetHelper offsetHelper;
	@Inject
	private IEObjectDocumentationProvider documentation;
	@Inject
	private ILocationInFileProvider locations;
	@Inject
	private HierarchicalDocumentSymbolService symbolService;
	@Inject
	private Provider<FormatterRequest> formatterRequestProvider;
	@Inject
	private Provider<IFormatter2> formatterProvider;
	@Inject
	private TextRegionAccessBuilder regionAccessBuilder;
	@Inject
	private Provider<IChangeSerializer> changeSerializerProvider;
	@Inject
	private Injector injector;

	private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "portolan-content-assist");
		t.setDaemon(true);
		return t;
	});

	/** Proposals at {@code offset} of {@code text} (the current editor text of {@code resource}). */
	public List<ContentAssistEntry> complete(XtextResource resource, String text, int offset) {
		ContentAssistContextFactory factory = contextFactoryProvider.get();
		factory.setPool(pool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = acceptorProvider.get();
		proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}

	/** Lexical highlighting (keywords, strings, numbers, comments) with the runtime lexer. */
	public List<Highlight> lexicalHighlighting(String text) {
		List<Highlight> result = new ArrayList<>();
		Lexer lexer = lexerProvider.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		TokenSource source = lexer;
		for (Token t = source.nextToken(); t.getType() != Token.EOF; t = source.nextToken()) {
			CommonToken token = (CommonToken) t;
			String style = tokenMapper.getId(token.getType());
			result.add(new Highlight(token.getStartIndex(), token.getStopIndex() - token.getStartIndex() + 1, style));
		}
		return result;
	}

	/** Semantic highlighting (declarations, catalog roles, references, ports, protocols, citations). */
	public List<Highlight> semanticHighlighting(XtextResource resource) {
		List<Highlight> result = new ArrayList<>();
		semanticHighlighting.provideHighlightingFor(resource,
				(offset, length, ids) -> result.add(new Highlight(offset, length, String.join(" ", ids))),
				CancelIndicator.NullImpl);
		return result;
	}

	/** Markdown hover for the element (or referenced element) at {@code offset}, or null. */
	public String hover(XtextResource resource, int offset) {
		EObject element = offsetHelper.resolveElementAt(resource, offset);
		return element == null ? null : documentation.getDocumentation(element);
	}

	/** Where the element referred to at {@code offset} is declared, or null if there is no reference there. */
	public Location definition(XtextResource resource, int offset) {
		EObject target = offsetHelper.resolveCrossReferencedElementAt(resource, offset);
		if (target == null || target.eIsProxy() || target.eResource() == null) {
			return null;
		}
		ITextRegion region = locations.getSignificantTextRegion(target);
		return new Location(target.eResource().getURI(), region.getOffset(), region.getLength(), target);
	}

	/** Outline: document symbols (hierarchical) of the resource. */
	public List<DocumentSymbol> symbols(XtextResource resource) {
		return new ArrayList<>(symbolService.getSymbols(resource, CancelIndicator.NullImpl));
	}

	/** The formatted text of the whole resource. */
	public String format(XtextResource resource) {
		ITextRegionAccess access = regionAccessBuilder.forNodeModel(resource).create();
		FormatterRequest request = formatterRequestProvider.get();
		request.setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatterProvider.get().format(request);
		return access.getRewriter().renderToString(replacements);
	}

	/**
	 * Applies a programmatic model edit (as the diagram or the properties view makes) and returns the new text of
	 * every changed file; untouched parts keep their comments and layout. The resources are updated in memory.
	 */
	public Map<URI, String> edit(XtextResource resource, Consumer<EObject> modification) {
		Map<URI, String> before = texts(resource.getResourceSet());
		IChangeSerializer serializer = changeSerializerProvider.get();
		serializer.addModification(resource, r -> modification.accept(r.getContents().get(0)));
		Map<URI, String> result = new LinkedHashMap<>();
		serializer.applyModifications(change -> {
			if (change instanceof org.eclipse.xtext.ide.serializer.ITextDocumentChange text) {
				result.put(text.getNewURI(), apply(before.get(text.getOldURI()), text));
			}
		});
		return result;
	}

	/**
	 * Renames the element declared or referred to at {@code offset}; returns the new text of every file that
	 * changed (the declaration and all references in the loaded resources of the resource set).
	 */
	public Map<URI, String> rename(XtextResource resource, int offset, String newName) {
		EObject target = offsetHelper.resolveElementAt(resource, offset);
		if (!(target instanceof NamedElement named) || target.eResource() == null) {
			return Map.of();
		}
		ResourceSet rs = resource.getResourceSet();
		IChangeSerializer serializer = changeSerializerProvider.get();
		for (Resource r : new ArrayList<>(rs.getResources())) {
			if (r instanceof XtextResource xr && r != target.eResource()) {
				org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(xr);
			}
		}
		Map<URI, String> before = texts(rs);
		serializer.addModification(named, n -> n.setName(newName));
		Map<URI, String> result = new LinkedHashMap<>();
		serializer.applyModifications(change -> {
			if (change instanceof org.eclipse.xtext.ide.serializer.ITextDocumentChange text) {
				result.put(text.getNewURI(), apply(before.get(text.getOldURI()), text));
			}
		});
		return result;
	}

	private static Map<URI, String> texts(ResourceSet rs) {
		Map<URI, String> texts = new LinkedHashMap<>();
		for (Resource r : rs.getResources()) {
			if (r instanceof XtextResource xr && xr.getParseResult() != null) {
				texts.put(r.getURI(), xr.getParseResult().getRootNode().getText());
			}
		}
		return texts;
	}

	private static String apply(String old, org.eclipse.xtext.ide.serializer.ITextDocumentChange change) {
		StringBuilder b = new StringBuilder(old == null ? "" : old);
		List<ITextReplacement> reps = new ArrayList<>(change.getReplacements());
		reps.sort((a, c) -> Integer.compare(c.getOffset(), a.getOffset()));
		for (ITextReplacement r : reps) {
			b.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
		}
		return b.toString();
	}

	public Injector getInjector() {
		return injector;
	}
}
