package org.portolan.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.portolan.dsl.conversion.PortolanValueConverters;
import org.portolan.dsl.documentation.PortolanDocumentationProvider;
import org.portolan.dsl.parser.antlr.PortolanRecoveringParser;
import org.portolan.dsl.resource.PortolanResource;
import org.portolan.dsl.resource.PortolanResourceDescriptionStrategy;
import org.portolan.dsl.resource.PortolanTransientValues;
import org.portolan.dsl.scoping.PortolanGlobalScopeProvider;
import org.portolan.dsl.scoping.PortolanLocalScopeProvider;
import org.portolan.dsl.validation.PortolanLinkingDiagnostics;
import org.portolan.dsl.validation.PortolanSyntaxErrorMessages;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * Runtime services of the Portolan language (plain Java and OSGi; no Xtext UI).
 */
public class PortolanRuntimeModule extends AbstractPortolanRuntimeModule {

	/** Resource that derives the form-dependent kinds (ports, addresses) after each (re)parse. */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PortolanResource.class;
	}

	/** Qualified names whose segments may be keyword-like words (internal, edge, pool ...). */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PortolanValueConverters.class;
	}

	/** Kinds derived from the syntax (PortSpec.kind, AddressSpec.kind) are not written back. */
	@Override
	public Class<? extends org.eclipse.xtext.parsetree.reconstr.ITransientValueService> bindITransientValueService() {
		return PortolanTransientValues.class;
	}

	/** Global index over all visible .portolan files (not import-only); imports are loading hints. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return PortolanGlobalScopeProvider.class;
	}

	/** Local scopes also know elements by their FQDN (servers, pools, VIPs ...). */
	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PortolanLocalScopeProvider.class);
	}

	/** Exports elements with an FQDN under that FQDN too, so other files can refer to mail.micro.com. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PortolanResourceDescriptionStrategy.class;
	}

	/** "Unknown catalog role 'lync2013.EdgeServr'" instead of a generic linking message. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PortolanLinkingDiagnostics.class;
	}

	/**
	 * Statement-level error recovery: a malformed statement gives an error there and the statements after it are
	 * still parsed (editor, CLI and language server alike).
	 */
	@Override
	public Class<? extends IParser> bindIParser() {
		return PortolanRecoveringParser.class;
	}

	/** Syntax errors say what was expected. */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PortolanSyntaxErrorMessages.class;
	}

	/** Hover text: catalog entries with their source citation. */
	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return PortolanDocumentationProvider.class;
	}
}
