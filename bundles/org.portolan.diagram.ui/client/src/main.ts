/*
 * Portolan diagram client: the Eclipse GLSP 2.3.0 client, connected to the in-process GLSP server through a
 * JSON-RPC bridge instead of a websocket. The host page provides two functions:
 *   window.portolanGlspSend(json)   - client -> server (an SWT BrowserFunction, or playwright's exposeFunction)
 *   window.portolanGlspReceive(json) - server -> client (installed here; the host calls it with each message)
 * and optionally window.portolanSelection(json) and window.portolanStatus(json) for the workbench.
 */
import 'reflect-metadata';
import {
    Action,
    BaseJsonrpcGLSPClient,
    CenterAction,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature,
    GLabel,
    GLabelView,
    createDiagramOptionsModule,
    DiagramLoader,
    EditorContextService,
    FeatureModule,
    FitToScreenAction,
    GLSPActionDispatcher,
    IActionHandler,
    initializeDiagramContainer,
    LayoutOperation,
    RedoAction,
    RequestExportSvgAction,
    SelectAction,
    SelectionService,
    SetViewportAction,
    STANDALONE_MODULE_CONFIG,
    UndoAction
} from '@eclipse-glsp/client';
import { standaloneExportModule } from '@eclipse-glsp/client/lib/features/export/export-modules';
import { Container, injectable } from 'inversify';
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

import '@eclipse-glsp/client/css/glsp-sprotty.css';
import './portolan-diagram.css';

declare global {
    interface Window {
        portolanGlspSend?: (json: string) => unknown;
        portolanGlspReceive?: (json: string) => void;
        portolanSelection?: (json: string) => unknown;
        portolanStatus?: (json: string) => unknown;
        portolan?: PortolanDiagramApi;
    }
}

export interface PortolanLayer {
    id: string;
    label: string;
    visible: boolean;
}

/** Server -> client: the layers and filters of the mapping spec and which are on. */
export interface PortolanLayersAction extends Action {
    kind: 'portolanLayers';
    layers: PortolanLayer[];
    filters: PortolanLayer[];
    css?: string;
}

/** Client -> server: show only these layers, apply these filters. */
export interface PortolanSetFilterAction extends Action {
    kind: 'portolanSetFilter';
    visibleLayers: string[];
    activeFilters: string[];
}

/** The test and host API: what a user does with the toolbar, callable from the host or a test. */
export interface PortolanDiagramApi {
    ready: Promise<void>;
    dispatch(action: Action): Promise<void>;
    selection(): string[];
    select(ids: string[]): Promise<void>;
    fit(): Promise<void>;
    zoom(factor: number): Promise<void>;
    layout(): Promise<void>;
    undo(): Promise<void>;
    redo(): Promise<void>;
    exportSvg(): Promise<void>;
    setLayers(visible: string[], filters?: string[]): Promise<void>;
    layers(): PortolanLayer[];
    dirty: boolean;
}

const DIAGRAM_TYPE = 'portolan-diagram';
const CLIENT_ID = 'portolan-diagram'; // must equal the id of the host div

let currentLayers: PortolanLayer[] = [];
let currentFilters: PortolanLayer[] = [];
let layersChanged: () => void = () => undefined;

@injectable()
class LayersActionHandler implements IActionHandler {
    handle(action: Action): void {
        const layersAction = action as PortolanLayersAction;
        currentLayers = layersAction.layers ?? [];
        currentFilters = layersAction.filters ?? [];
        if (layersAction.css) {
            let style = document.getElementById('portolan-spec-styles');
            if (!style) {
                style = document.createElement('style');
                style.id = 'portolan-spec-styles';
                document.head.appendChild(style);
            }
            style.textContent = layersAction.css;
        }
        layersChanged();
    }
}

@injectable()
class HostNotificationHandler implements IActionHandler {
    handle(action: Action): void {
        if (action.kind === 'setDirtyState') {
            const dirty = (action as any).isDirty === true;
            if (window.portolan) {
                window.portolan.dirty = dirty;
            }
            notifyHost({ dirty });
        } else if (action.kind === 'status' || action.kind === 'message') {
            notifyHost({ [action.kind]: action });
        }
    }
}

const portolanModule = new FeatureModule((bind, unbind, isBound, rebind) => {
    const context = { bind, unbind, isBound, rebind };
    // GLSP's default views: graph, node (rounded), compartment, edge, label, issue marker, ...
    configureDefaultModelElements(context);
    // a node's name line (type label:name from the server): double-click renames the element in place
    configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
    bind(LayersActionHandler).toSelf().inSingletonScope();
    configureActionHandler(context, 'portolanLayers', LayersActionHandler);
    bind(HostNotificationHandler).toSelf().inSingletonScope();
    configureActionHandler(context, 'setDirtyState', HostNotificationHandler);
    configureActionHandler(context, 'status', HostNotificationHandler);
    configureActionHandler(context, 'message', HostNotificationHandler);
});

function notifyHost(payload: unknown): void {
    try {
        window.portolanStatus?.(JSON.stringify(payload));
    } catch (e) {
        console.warn('portolan: host status failed', e);
    }
}

/** A message port look-alike over the host's bridge functions, for vscode-jsonrpc's browser reader/writer. */
function bridgePort(): any {
    const listeners: Record<string, Array<(event: any) => void>> = { message: [], error: [], close: [] };
    const port: any = {
        onmessage: null as ((event: { data: unknown }) => void) | null,
        onerror: null,
        addEventListener(type: string, listener: (event: any) => void): void {
            (listeners[type] ??= []).push(listener);
        },
        removeEventListener(type: string, listener: (event: any) => void): void {
            listeners[type] = (listeners[type] ?? []).filter(l => l !== listener);
        },
        start(): void {
            // nothing to start: messages flow as soon as the host calls portolanGlspReceive
        },
        postMessage(message: unknown): void {
            if (!window.portolanGlspSend) {
                throw new Error('portolan: no bridge to the diagram server (window.portolanGlspSend)');
            }
            window.portolanGlspSend(JSON.stringify(message));
        }
    };
    window.portolanGlspReceive = (json: string) => {
        const data = JSON.parse(json);
        // let the current call stack (the host's execute) return before the client reacts
        setTimeout(() => {
            const event = { data };
            port.onmessage?.(event);
            (listeners.message ?? []).forEach(l => l(event));
        }, 0);
    };
    return port;
}

function createContainer(sourceUri: string, glspClient: BaseJsonrpcGLSPClient): Container {
    const container = new Container();
    const standalone = STANDALONE_MODULE_CONFIG.add.filter(module => module !== standaloneExportModule);
    initializeDiagramContainer(
        container,
        createDiagramOptionsModule({
            clientId: CLIENT_ID,
            diagramType: DIAGRAM_TYPE,
            glspClientProvider: async () => glspClient,
            sourceUri
        }),
        { add: [...standalone, portolanModule] }
    );
    return container;
}

function button(parent: HTMLElement, id: string, label: string, title: string, run: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.id = id;
    b.textContent = label;
    b.title = title;
    b.addEventListener('click', () => run());
    parent.appendChild(b);
    return b;
}

function renderLayerPanel(panel: HTMLElement, api: PortolanDiagramApi): void {
    panel.innerHTML = '';
    const title = document.createElement('div');
    title.className = 'portolan-panel-title';
    title.textContent = 'Layers';
    panel.appendChild(title);
    const apply = () => {
        const visible = Array.from(panel.querySelectorAll<HTMLInputElement>('input[data-layer]'))
            .filter(i => i.checked)
            .map(i => i.dataset.layer!);
        const filters = Array.from(panel.querySelectorAll<HTMLInputElement>('input[data-filter]'))
            .filter(i => i.checked)
            .map(i => i.dataset.filter!);
        api.setLayers(visible, filters);
    };
    const entry = (item: PortolanLayer, attribute: string) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'checkbox';
        input.checked = item.visible;
        input.dataset[attribute] = item.id;
        input.id = `${attribute}-${item.id}`;
        input.addEventListener('change', apply);
        label.appendChild(input);
        label.appendChild(document.createTextNode(' ' + item.label));
        panel.appendChild(label);
    };
    currentLayers.forEach(layer => entry(layer, 'layer'));
    if (currentFilters.length > 0) {
        const filterTitle = document.createElement('div');
        filterTitle.className = 'portolan-panel-title';
        filterTitle.textContent = 'Filters';
        panel.appendChild(filterTitle);
        currentFilters.forEach(filter => entry(filter, 'filter'));
    }
}

function topLevelNodeIds(root: any): string[] {
    return (root?.children ?? []).filter((c: any) => String(c.type).startsWith('node')).map((c: any) => c.id);
}

async function start(): Promise<void> {
    const params = new URLSearchParams(window.location.search);
    const sourceUri = params.get('source') ?? '';
    const host = document.getElementById(CLIENT_ID);
    if (!host) {
        throw new Error('portolan: the page has no #' + CLIENT_ID + ' element');
    }
    const port = bridgePort();
    const connection = createMessageConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'portolan', connectionProvider: connection });
    const container = createContainer(sourceUri, glspClient);
    const dispatcher = container.get(GLSPActionDispatcher);
    const selectionService = container.get(SelectionService);
    const editorContext = container.get(EditorContextService);

    const dispatch = async (action: Action) => {
        await dispatcher.dispatch(action);
    };
    let resolveReady: () => void = () => undefined;
    const api: PortolanDiagramApi = {
        ready: new Promise<void>(resolve => (resolveReady = resolve)),
        dirty: false,
        dispatch,
        selection: () => selectionService.getSelectedElementIDs(),
        select: ids => dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true })),
        // the whole diagram: its top-level nodes (with no ids GLSP fits the selection, else the bounds of every
        // element, which gave a NaN viewport and an empty diagram)
        fit: () => dispatch(FitToScreenAction.create(topLevelNodeIds(editorContext.modelRoot), { padding: 20, maxZoom: 1.5, animate: false })),
        zoom: async factor => {
            const root: any = editorContext.modelRoot;
            const zoom = Math.max(0.05, Math.min(8, (root.zoom ?? 1) * factor));
            const bounds = root.canvasBounds ?? { width: 800, height: 600 };
            const cx = (root.scroll?.x ?? 0) + bounds.width / 2 / (root.zoom ?? 1);
            const cy = (root.scroll?.y ?? 0) + bounds.height / 2 / (root.zoom ?? 1);
            const scroll = { x: cx - bounds.width / 2 / zoom, y: cy - bounds.height / 2 / zoom };
            await dispatch(SetViewportAction.create(root.id, { scroll, zoom }, { animate: false }));
        },
        layout: () => dispatch(LayoutOperation.create()),
        undo: () => dispatch(UndoAction.create()),
        redo: () => dispatch(RedoAction.create()),
        exportSvg: () => dispatch(RequestExportSvgAction.create()),
        setLayers: (visible, filters = []) =>
            dispatch({ kind: 'portolanSetFilter', visibleLayers: visible, activeFilters: filters } as PortolanSetFilterAction),
        layers: () => currentLayers
    };
    window.portolan = api;

    const toolbar = document.getElementById('portolan-toolbar');
    const panel = document.getElementById('portolan-layers');
    if (toolbar) {
        button(toolbar, 'portolan-fit', 'Fit', 'Fit the diagram to the window', () => api.fit());
        button(toolbar, 'portolan-zoom-in', '+', 'Zoom in', () => api.zoom(1.25));
        button(toolbar, 'portolan-zoom-out', '\u2212', 'Zoom out', () => api.zoom(0.8));
        button(toolbar, 'portolan-center', 'Center', 'Center the selection', () =>
            dispatch(CenterAction.create(api.selection(), { animate: false })));
        button(toolbar, 'portolan-layout', 'Layout', 'Arrange the diagram automatically (ELK)', () => api.layout());
        button(toolbar, 'portolan-undo', 'Undo', 'Undo the last diagram edit', () => api.undo());
        button(toolbar, 'portolan-redo', 'Redo', 'Redo', () => api.redo());
        button(toolbar, 'portolan-export', 'Export SVG', 'Export the diagram as SVG', () => api.exportSvg());
    }
    if (panel) {
        layersChanged = () => renderLayerPanel(panel, api);
    }
    selectionService.onSelectionChanged(change => {
        try {
            window.portolanSelection?.(JSON.stringify(change.selectedElements));
        } catch (e) {
            console.warn('portolan: host selection failed', e);
        }
    });

    const loader = container.get(DiagramLoader);
    await loader.load();
    resolveReady();
    notifyHost({ ready: true });
}

start().catch(error => {
    console.error('portolan: the diagram could not start', error);
    const host = document.getElementById(CLIENT_ID);
    if (host) {
        host.textContent = 'The diagram could not start: ' + (error?.message ?? error);
    }
    notifyHost({ error: String(error?.stack ?? error) });
});
