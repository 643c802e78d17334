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
import {
  type CanvasAnalysis,
  type GraphDoc,
  type LayerInfo,
  defaultParams,
  formatCount,
  freshId,
  paramLine,
  parseJson,
} from './graph-document';
import { LAYER_DRAG_TYPE, Palette } from './palette';
import { autoLayout } from './auto-layout';
import { copySelection, duplicate, paste } from './clipboard';
import { type BlockNodeData, collapse, groupsOf, isBlockId } from './blocks';

type LayerNodeData = {
  type: string;
  category: string;
  summary: string;
  role: string;
  paramText: string;
  shape: string | null;
  params: number | null;
  problems: string[];
  group: string | null;
};

type LayerFlowNode = Node<LayerNodeData, 'layer'>;

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

function sameData(a: LayerNodeData, b: LayerNodeData): boolean {
  return (
    a.type === b.type &&
    a.category === b.category &&
    a.role === b.role &&
    a.paramText === b.paramText &&
    a.shape === b.shape &&
    a.params === b.params &&
    a.group === b.group &&
    a.problems.join('\n') === b.problems.join('\n')
  );
}

/** Keeps the previous object for every node that did not change, so React Flow skips it. */
function reconcile(previous: LayerFlowNode[], next: LayerFlowNode[]): LayerFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return next.map((n) => {
    const old = before.get(n.id);
    return old &&
      old.position.x === n.position.x &&
      old.position.y === n.position.y &&
      !!old.selected === !!n.selected &&
      sameData(old.data, n.data)
      ? old
      : n;
  });
}

function toFlowNodes(
  doc: GraphDoc,
  analysis: CanvasAnalysis | null,
  layers: Map<string, LayerInfo>,
  selected: Set<string>,
): LayerFlowNode[] {
  return doc.nodes.map((n) => {
    const info = layers.get(n.type);
    const badge = analysis?.nodes?.[n.id];
    return {
      id: n.id,
      type: 'layer',
      position: { x: n.position?.x ?? 0, y: n.position?.y ?? 0 },
      selected: selected.has(n.id),
      data: {
        type: n.type,
        category: info?.category ?? 'UNKNOWN',
        summary: info?.summary ?? n.type,
        role: info?.role ?? 'HIDDEN',
        paramText: paramLine(n.params),
        shape: badge?.shape ?? null,
        params: badge ? badge.params : null,
        problems: badge?.problems ?? [],
        group: n.group ?? null,
      },
    };
  });
}

function toFlowEdges(doc: GraphDoc, analysis: CanvasAnalysis | null): Edge[] {
  const brokenEdges = new Set((analysis?.problems ?? []).map((p) => p.edgeId).filter((id): id is string => !!id));
  return doc.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    label: doc.edges.filter((other) => other.target === e.target).length > 1 ? `#${e.targetPort + 1}` : undefined,
    className: brokenEdges.has(e.id) ? 'dc-edge-broken' : undefined,
  }));
}

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
    let changed = 0;
    ids.forEach((id) => { if (!lastIds.current.has(id)) changed++; });
    lastIds.current.forEach((id) => { if (!ids.has(id)) changed++; });
    const first = lastIds.current.size === 0;
    lastIds.current = ids;
    if (!first && changed > 2) {
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
      const moved = new Map(dragged.map((n) => [n.id, n.position]));
      const changed = doc.nodes.some((n) => {
        const p = moved.get(n.id);
        return p && (Math.round(p.x) !== n.position.x || Math.round(p.y) !== n.position.y);
      });
      if (!changed) return;
      publish({
        ...doc,
        nodes: doc.nodes.map((n) => {
          const p = moved.get(n.id);
          return p ? { ...n, position: { x: Math.round(p.x), y: Math.round(p.y) } } : n;
        }),
      });
    },
    [doc, publish],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!doc || !connection.source || !connection.target) return;
      if (isBlockId(connection.source) || isBlockId(connection.target)) return; // expand the block to wire it
      const port = doc.edges.filter((e) => e.target === connection.target).length;
      let id = `e-${connection.source}-${connection.target}`;
      for (let i = 2; doc.edges.some((e) => e.id === id); i++) id = `e-${connection.source}-${connection.target}-${i}`;
      publish({ ...doc, edges: [...doc.edges, { id, source: connection.source, target: connection.target, targetPort: port }] });
    },
    [doc, publish],
  );

  const onDelete = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: Node[]; edges: Edge[] }) => {
      if (!doc) return;
      const nodeIds = new Set(goneNodes.map((n) => n.id).filter((id) => !isBlockId(id)));
      const edgeIds = new Set(goneEdges.map((e) => e.id));
      const keptEdges = doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
      // Renumber each target's remaining inputs so ports stay 0..n-1 in their original order.
      const renumbered = keptEdges.map((e) => ({
        ...e,
        targetPort: keptEdges.filter((o) => o.target === e.target && o.targetPort < e.targetPort).length,
      }));
      selectedRef.current = new Set([...selectedRef.current].filter((id) => !nodeIds.has(id)));
      publish({ ...doc, nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)), edges: renumbered });
    },
    [doc, publish],
  );

  const addNode = useCallback(
    (type: string, position?: { x: number; y: number }) => {
      if (!doc || readOnly) return;
      const id = freshId(doc, type);
      // Clicking "+" appends to the right of the last layer, so a chain builds up left to right.
      const last = doc.nodes[doc.nodes.length - 1];
      const at = position ?? (last ? { x: last.position.x + 270, y: last.position.y } : { x: 80, y: 160 });
      publish({
        ...doc,
        nodes: [...doc.nodes, { id, type, params: defaultParams(layers.get(type)), position: { x: Math.round(at.x), y: Math.round(at.y) }, group: null }],
      });
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
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target) || !doc) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) onCommand('undo');
      else if ((key === 'z' && event.shiftKey) || key === 'y') onCommand('redo');
      else if (readOnly) return;
      else if (key === 'c') {
        if (copySelection(doc, selectedRef.current) === 0) return;
      } else if (key === 'v') {
        const result = paste(doc);
        if (result.ids.length === 0) return;
        publish(result.doc);
        select(result.ids);
      } else if (key === 'd') {
        const result = duplicate(doc, selectedRef.current);
        if (result.ids.length === 0) return;
        publish(result.doc);
        select(result.ids);
      } else return;
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
