package org.portolan.analysis;

/** Where a required flow comes from. */
public enum FlowKind {
	/** Implied by a catalog {@code DataPathDefinition} between role instances. */
	CATALOG_DATA_PATH,
	/** Declared by an explicit connector of the topology (send/receive connector, trunk, federation route ...). */
	CONNECTOR
}
