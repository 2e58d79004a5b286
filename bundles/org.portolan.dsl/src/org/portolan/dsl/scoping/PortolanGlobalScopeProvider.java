package org.portolan.dsl.scoping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceSetBasedResourceDescriptions;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.portolan.model.Import;
import org.portolan.model.PortolanModel;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Everything in the visible containers (the project / the resource set) is in scope, so catalogs need not be
 * imported. When the resource set is not backed by a workspace index (plain Java), the files named by
 * {@code import "..."} are loaded first so that a topology opened on its own still sees its catalogs.
 */
public class PortolanGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private IResourceDescriptions resourceDescriptions;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		loadImports(resource);
		return super.getScope(resource, ignoreCase, type, filter);
	}

	/** Loads the resources named by the imports of {@code resource} into its resource set (plain Java only). */
	public void loadImports(Resource resource) {
		ResourceSet rs = resource.getResourceSet();
		if (rs == null || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof PortolanModel model)) {
			return;
		}
		if (!(resourceDescriptions instanceof ResourceSetBasedResourceDescriptions)) {
			return; // an index (builder, language server) already knows all files
		}
		for (Import imp : model.getImports()) {
			URI uri = resolve(resource, imp);
			if (uri != null && rs.getResource(uri, false) == null
					&& rs.getURIConverter().exists(uri, null)) {
				try {
					rs.getResource(uri, true);
				} catch (RuntimeException e) {
					// reported by the validator (import that cannot be loaded)
				}
			}
		}
	}

	/** The absolute URI an import refers to, or null if it is malformed. */
	public static URI resolve(Resource resource, Import imp) {
		String text = imp.getImportURI();
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.createURI(text);
			URI base = resource.getURI();
			return base != null && uri.isRelative() && base.isHierarchical() && !base.isRelative() ? uri.resolve(base) : uri;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
