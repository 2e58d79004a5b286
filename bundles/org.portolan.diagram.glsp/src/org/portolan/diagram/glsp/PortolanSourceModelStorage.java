package org.portolan.diagram.glsp;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;

import com.google.inject.Inject;

/**
 * The source model is the shared {@link DiagramDocument}: loading connects the session to it (the diagram is rebuilt
 * when the text changes, e.g. typed in the text editor), saving writes the text and the layout sidecar.
 */
public class PortolanSourceModelStorage implements SourceModelStorage {

	private static final ScheduledExecutorService DEBOUNCE = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "portolan-diagram-refresh");
		t.setDaemon(true);
		return t;
	});

	@Inject
	protected PortolanModelState state;

	@Inject
	protected ActionDispatcher dispatcher;

	private ScheduledFuture<?> pending;
	private Runnable listener;

	@Override
	public synchronized void loadSourceModel(RequestModelAction action) {
		if (listener == null) {
			listener = () -> scheduleRefresh();
			state.document().addChangeListener(listener);
		}
		// before the model: the client measures the labels (GLSP's hidden bounds pass) with the fonts of this CSS
		dispatcher.dispatch(PortolanStyles.layersAction(state));
	}

	private synchronized void scheduleRefresh() {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = DEBOUNCE.schedule(() -> dispatcher.dispatch(new RefreshAction()), 150, TimeUnit.MILLISECONDS);
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		state.document().save();
	}

	/** Server-internal: the text changed, map and send the diagram again. */
	public static final class RefreshAction extends Action {
		public static final String KIND = "portolanRefresh";

		public RefreshAction() {
			super(KIND);
		}
	}

	public static final class RefreshActionHandler extends AbstractActionHandler<RefreshAction> {
		@Inject
		protected ModelSubmissionHandler submissionHandler;

		@Inject
		protected PortolanModelState state;

		@Override
		protected List<Action> executeAction(RefreshAction action) {
			String text = state.document().text();
			if (text.equals(state.renderedText())) {
				return none(); // the diagram made this change itself and has already shown it
			}
			return submissionHandler.submitModel();
		}
	}
}
