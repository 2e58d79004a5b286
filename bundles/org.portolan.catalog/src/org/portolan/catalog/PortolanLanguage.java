package org.portolan.catalog;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.portolan.dsl.PortolanStandaloneSetup;

import com.google.inject.Injector;

/**
 * The Portolan language runtime used to read catalog and topology files, in OSGi and on a plain class
 * path alike (the standalone setup registers the language without the Equinox extension registry).
 */
public final class PortolanLanguage {

	private static Injector injector;

	private PortolanLanguage() {
	}

	/** The language injector, created once. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new PortolanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A fresh resource set for Portolan files. */
	public static XtextResourceSet newResourceSet() {
		return injector().getInstance(XtextResourceSet.class);
	}
}
