import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter';
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  Handle,
  MiniMap,
  Panel,
  Position,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './graph-canvas.css';
import { type CanvasAnalysis, type GraphDoc, type LayerInfo, defaultParams, formatCount, parseJson } from './graph-document';
import { LAYER_DRAG_TYPE, Palette } from './palette';
import { autoLayout } from './auto-layout';
import { copySelection, duplicate, paste } from './clipboard';
import { type BlockNodeData, collapse, groupsOf, isBlockId } from './blocks';
import { addLayer, connect, moveNodes, removeElements } from './document-edits';
import { type LayerFlowNode, reconcile, replacesGraph, toFlowEdges, toFlowNodes } from './flow-view';
import { shortcutOf } from './shortcuts';

function LayerNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const broken = data.problems.length > 0;
  const classes = ['dc-node', `dc-cat-${data.category.toLowerCase()}`];
  if (broken) classes.push('dc-broken');
  if (selected) classes.push('dc-selected');
  if (data.group) classes.push(`dc-group-${data.group}`);
  return (
    <div className={classes.join(' ')} title={broken ? data.problems.join('\n') : data.summary}>
      {data.role !== 'INPUT' && <Handle type="target" position={Position.Left} />}
      <div className="dc-node-head">
        <span className="dc-node-type">{data.type}</span>
        {data.group && <span className="dc-node-group">{data.group === 'generator' ? 'Generator' : 'Discriminator'}</span>}
      </div>
      {data.paramText && <div className="dc-node-params">{data.paramText}</div>}
      <div className="dc-node-badge" data-shape={data.shape ?? ''}>
        <span className="dc-shape">{data.shape ?? '?'}</span>
        {data.params !== null && data.params > 0 && <span className="dc-params">{formatCount(data.params)} params</span>}
      </div>
      {broken && <div className="dc-node-problem">{data.problems[0]}</div>}
      {data.role !== 'OUTPUT' && <Handle type="source" position={Position.Right} />}
    </div>
  );
}

function BlockNode({ data }: NodeProps<Node<BlockNodeData, 'block'>>) {
  return (
    <div className={`dc-node dc-block dc-group-${data.group}`} title="A collapsed block: expand it to see its layers">
      <Handle type="target" position={Position.Left} />
      <div className="dc-node-head">
        <span className="dc-node-type">{data.group === 'generator' ? 'Generator block' : 'Discriminator block'}</span>
      </div>
      <div className="dc-node-params">{data.layers} layers (collapsed)</div>
      <div className="dc-node-badge">
        <span className="dc-shape">{data.shape ?? '?'}</span>
        {data.params > 0 && <span className="dc-params">{formatCount(data.params)} params</span>}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

// Memoised: an edit re-renders only the nodes whose badge, parameters or selection changed.
const nodeTypes = { layer: React.memo(LayerNode), block: BlockNode };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || target.isContentEditable;
}

type EditorProps = {
  graphJson: string | undefined;
  analysisJson: string | undefined;
  layersJson: string | undefined;
  focus: string | undefined;
  readOnly: boolean;
  onChange: (json: string) => void;
  onSelection: (json: string) => void;
  onCommand: (command: string) => void;
};

function GraphEditor({ graphJson, analysisJson, layersJson, focus, readOnly, onChange, onSelection, onCommand }: EditorProps) {
  const flow = useReactFlow();
  const doc = useMemo(() => parseJson<GraphDoc>(graphJson), [graphJson]);
  const analysis = useMemo(() => parseJson<CanvasAnalysis>(analysisJson), [analysisJson]);
  const layerList = useMemo(() => parseJson<LayerInfo[]>(layersJson) ?? [], [layersJson]);
  const layers = useMemo(() => new Map(layerList.map((l) => [l.type, l] as const)), [layerList]);

  // A document that replaces most of the graph (opening a version, an import, undoing a paste) is framed anew;
  // a small edit keeps the user's view where it is.
  const lastIds = useRef<Set<string>>(new Set());
  useEffect(() => {
    if (!doc) return;
    const ids = new Set(doc.nodes.map((n) => n.id));
    const reframe = replacesGraph(lastIds.current, ids);
    lastIds.current = ids;
    if (reframe) {
      window.setTimeout(() => flow.fitView({ padding: 0.2, duration: 250, maxZoom: 1.5 }), 50);
    }
  }, [doc, flow]);

  const selectedRef = useRef<Set<string>>(new Set());
  const [nodes, setNodes] = useState<LayerFlowNode[]>([]);
  useEffect(() => {
    if (doc) setNodes((current) => reconcile(current, toFlowNodes(doc, analysis, layers, selectedRef.current)));
  }, [doc, analysis, layers]);
  const edges = useMemo(() => (doc ? toFlowEdges(doc, analysis) : []), [doc, analysis]);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const view = useMemo(
    () => (doc ? collapse(doc, analysis, collapsed, nodes, edges) : { nodes, edges }),
    [doc, analysis, collapsed, nodes, edges],
  );
  const groups = useMemo(() => (doc ? groupsOf(doc) : []), [doc]);
  const toggleBlock = useCallback((group: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(group)) next.delete(group);
      else next.add(group);
      return next;
    });
  }, []);

  const publish = useCallback((next: GraphDoc) => onChange(JSON.stringify(next)), [onChange]);

  const select = useCallback(
    (ids: string[]) => {
      selectedRef.current = new Set(ids);
      setNodes((current) => current.map((n) => ({ ...n, selected: selectedRef.current.has(n.id) })));
      onSelection(JSON.stringify(ids));
    },
    [onSelection],
  );

  // The server asks to show a node (from the Problems list): centre it and select it.
  useEffect(() => {
    if (!focus) return;
    const id = focus.split('#')[0];
    if (!id) return;
    select([id]);
    flow.fitView({ nodes: [{ id }], duration: 350, maxZoom: 1.3 });
  }, [focus]);

  // The view may hold collapsed-block nodes too; changes to them touch nothing in the document's nodes.
  const onNodesChange = useCallback(
    (changes: NodeChange[]) =>
      setNodes((current) => applyNodeChanges(changes, current as Node[]) as LayerFlowNode[]),
    [],
  );

  const onSelectionChange = useCallback(
    ({ nodes: chosen }: { nodes: Node[] }) => {
      const ids = chosen.map((n) => n.id).sort();
      const before = [...selectedRef.current].sort();
      if (ids.join('\u0000') !== before.join('\u0000')) {
        selectedRef.current = new Set(ids);
        onSelection(JSON.stringify(ids));
      }
    },
    [onSelection],
  );

  const onNodeDragStop = useCallback(
    (_event: React.MouseEvent, _node: Node, dragged: Node[]) => {
      if (!doc) return;
      const next = moveNodes(doc, new Map(dragged.map((n) => [n.id, n.position])));
      if (next) publish(next);
    },
    [doc, publish],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!doc || !connection.source || !connection.target) return;
      const next = connect(doc, connection.source, connection.target);
      if (next) publish(next);
    },
    [doc, publish],
  );

  const onDelete = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
      if (!doc) return;
      const nodeIds = new Set(goneNodes.map((n) => n.id).filter((id) => !isBlockId(id)));
      const edgeIds = new Set(goneEdges.map((e) => e.id));
      selectedRef.current = new Set([...selectedRef.current].filter((id) => !nodeIds.has(id)));
      publish(removeElements(doc, nodeIds, edgeIds));
    },
    [doc, publish],
  );

  const addNode = useCallback(
    (type: string, position?: { x: number; y: number }) => {
      if (!doc || readOnly) return;
      const { doc: next, id } = addLayer(doc, type, defaultParams(layers.get(type)), position);
      publish(next);
      select([id]);
      if (!position) window.setTimeout(() => flow.fitView({ padding: 0.25, duration: 200, maxZoom: 1.5 }), 30);
    },
    [doc, readOnly, flow, layers, publish, select],
  );

  const onDragOver = useCallback((event: React.DragEvent) => {
    if (event.dataTransfer.types.includes(LAYER_DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    }
  }, []);

  const onDrop = useCallback(
    (event: React.DragEvent) => {
      const type = event.dataTransfer.getData(LAYER_DRAG_TYPE);
      if (!type) return;
      event.preventDefault();
      addNode(type, flow.screenToFlowPosition({ x: event.clientX - 80, y: event.clientY - 30 }));
    },
    [addNode, flow],
  );

  const arrange = useCallback(() => {
    if (!doc) return;
    publish(autoLayout(doc));
    window.setTimeout(() => flow.fitView({ padding: 0.2, duration: 300, maxZoom: 1.5 }), 50);
  }, [doc, publish, flow]);

  // Keyboard: undo/redo go to the server (it owns the history); copy, paste and duplicate edit the document here.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut || isTyping(event.target) || !doc) return;
      if (shortcut === 'undo' || shortcut === 'redo') onCommand(shortcut);
      else if (readOnly) return;
      else if (shortcut === 'copy') {
        if (copySelection(doc, selectedRef.current) === 0) return;
      } else if (shortcut === 'paste') {
        const result = paste(doc);
        if (result.ids.length === 0) return;
        publish(result.doc);
        select(result.ids);
      } else {
        const result = duplicate(doc, selectedRef.current);
        if (result.ids.length === 0) return;
        publish(result.doc);
        select(result.ids);
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [doc, readOnly, onCommand, publish, select]);

  if (!doc) {
    return <div className="dc-canvas-empty">Loading the graph…</div>;
  }
  return (
    <div className={readOnly ? 'dc-editor dc-readonly' : 'dc-editor'}>
      {!readOnly && <Palette layers={layerList} onAdd={(type) => addNode(type)} />}
      <div className="dc-canvas" onDragOver={onDragOver} onDrop={onDrop}>
        <ReactFlow
          nodes={view.nodes}
          edges={view.edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onDelete={onDelete}
          onSelectionChange={onSelectionChange}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          elementsSelectable
          deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          fitView
          fitViewOptions={{ padding: 0.25, maxZoom: 1.5 }}
          minZoom={0.05}
          onlyRenderVisibleElements
          proOptions={{ hideAttribution: true }}
        >
          <Background variant={BackgroundVariant.Dots} gap={18} size={1.2} />
          <MiniMap pannable zoomable nodeStrokeWidth={3} />
          <Controls />
          <Panel position="top-right" className="dc-canvas-actions">
            {groups.map((group) => (
              <button
                key={group}
                id={`toggle-${group}`}
                onClick={() => toggleBlock(group)}
                title={collapsed.has(group) ? 'Show every layer of this block' : 'Draw this block as one node'}
              >
                {collapsed.has(group) ? 'Expand' : 'Collapse'} {group === 'generator' ? 'Generator' : 'Discriminator'}
              </button>
            ))}
            {!readOnly && (
              <button id="auto-layout-button" onClick={arrange} title="Arrange the graph from left to right">
                Auto-layout
              </button>
            )}
          </Panel>
          {doc.nodes.length === 0 && (
            <Panel position="top-center" className="dc-canvas-hint">
              Drag layers from the palette onto the canvas, then connect an output handle to an input handle.
            </Panel>
          )}
        </ReactFlow>
      </div>
    </div>
  );
}

class GraphCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks): React.ReactElement | null {
    const [graph, setGraph] = hooks.useState<string>('graph');
    const [analysis] = hooks.useState<string>('analysis');
    const [layers] = hooks.useState<string>('layers');
    const [focus] = hooks.useState<string>('focusRequest');
    const [readOnly] = hooks.useState<boolean>('readOnly');
    const [, setSelection] = hooks.useState<string>('selection');
    const command = hooks.useCustomEvent<string>('canvas-command');
    return (
      <ReactFlowProvider>
        <GraphEditor
          graphJson={graph}
          analysisJson={analysis}
          layersJson={layers}
          focus={focus}
          readOnly={!!readOnly}
          onChange={setGraph}
          onSelection={setSelection}
          onCommand={command}
        />
      </ReactFlowProvider>
    );
  }
}

customElements.define('dc-graph-canvas', GraphCanvasElement);
