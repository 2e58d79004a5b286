package org.portolan.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.portolan.dsl.PortolanStandaloneSetup;

/**
 * Resource factory registered through {@code org.eclipse.emf.ecore.extension_parser} for {@code *.portolan} in
 * OSGi (no Xtext UI): creates the language injector on first use.
 */
public class PortolanOsgiResourceFactory implements Resource.Factory {

	@Override
	public Resource createResource(URI uri) {
		return PortolanStandaloneSetup.doSetup().getInstance(IResourceFactory.class).createResource(uri);
	}
}
