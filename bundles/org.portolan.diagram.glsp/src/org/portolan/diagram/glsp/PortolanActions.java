package org.portolan.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/** The diagram's own actions: layers and filters (server ↔ client). */
public final class PortolanActions {

	private PortolanActions() {
	}

	/** One switchable layer or filter. */
	public static final class Toggle {
		public String id;
		public String label;
		public boolean visible;

		public Toggle(String id, String label, boolean visible) {
			this.id = id;
			this.label = label;
			this.visible = visible;
		}
	}

	/** Server → client: the layers and filters of the mapping spec, which are on, and the spec's styles as CSS. */
	public static final class LayersAction extends Action {
		public static final String KIND = "portolanLayers";
		public List<Toggle> layers = new ArrayList<>();
		public List<Toggle> filters = new ArrayList<>();
		public String css = "";

		public LayersAction() {
			super(KIND);
		}
	}

	/** Client → server: show these layers, apply these filters. */
	public static final class SetFilterAction extends Action {
		public static final String KIND = "portolanSetFilter";
		public List<String> visibleLayers = new ArrayList<>();
		public List<String> activeFilters = new ArrayList<>();

		public SetFilterAction() {
			super(KIND);
		}
	}
}
