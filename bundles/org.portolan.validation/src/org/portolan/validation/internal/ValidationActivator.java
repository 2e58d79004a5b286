package org.portolan.validation.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.portolan.validation.PortolanValidation;

/** In OSGi, registers the rules as EValidator for the Portolan package when the bundle starts. */
public final class ValidationActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		PortolanValidation.register();
	}

	@Override
	public void stop(BundleContext context) {
		// the registration stays; EMF's registry has no owner-based removal
	}
}
