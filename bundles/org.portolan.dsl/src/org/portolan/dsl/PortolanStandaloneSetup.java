package org.portolan.dsl;

import org.portolan.model.PortolanPackage;

import com.google.inject.Injector;

/**
 * Initializes the Portolan language without OSGi ({@code PortolanStandaloneSetup.doSetup()}): registers the
 * Portolan EPackage, the {@code .portolan} resource factory and the resource service provider.
 */
public class PortolanStandaloneSetup extends PortolanStandaloneSetupGenerated {

	private static Injector injector;

	/** Idempotent; returns the shared injector. */
	public static synchronized Injector doSetup() {
		if (injector == null) {
			injector = new PortolanStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		// touching eINSTANCE registers http://portolan.org/model/1.0 in the global EPackage registry
		PortolanPackage.eINSTANCE.getNsURI();
		return super.createInjectorAndDoEMFRegistration();
	}
}
