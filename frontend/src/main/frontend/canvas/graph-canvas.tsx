import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter';
import React, { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  Handle,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
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
  formatCount,
  paramLine,
  parseJson,
} from './graph-document';

type LayerNodeData = {
  type: string;
  category: string;
  summary: string;
  role: string;
  paramText: string;
  shape: string | null;
  params: number | null;
  problems: string[];
};

type LayerFlowNode = Node<LayerNodeData, 'layer'>;

function LayerNode({ data, selected }: NodeProps<LayerFlowNode>) {
  const broken = data.problems.length > 0;
  const classes = ['dc-node', `dc-cat-${data.category.toLowerCase()}`];
  if (broken) classes.push('dc-broken');
  if (selected) classes.push('dc-selected');
  return (
    <div className={classes.join(' ')} title={broken ? data.problems.join('\n') : data.summary}>
      {data.role !== 'INPUT' && <Handle type="target" position={Position.Left} />}
      <div className="dc-node-type">{data.type}</div>
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

const nodeTypes = { layer: LayerNode };

function toFlowNodes(doc: GraphDoc, analysis: CanvasAnalysis | null, layers: Map<string, LayerInfo>): LayerFlowNode[] {
  return doc.nodes.map((n) => {
    const info = layers.get(n.type);
    const badge = analysis?.nodes?.[n.id];
    return {
      id: n.id,
      type: 'layer',
      position: { x: n.position?.x ?? 0, y: n.position?.y ?? 0 },
      data: {
        type: n.type,
        category: info?.category ?? 'UNKNOWN',
        summary: info?.summary ?? n.type,
        role: info?.role ?? 'HIDDEN',
        paramText: paramLine(n.params),
        shape: badge?.shape ?? null,
        params: badge ? badge.params : null,
        problems: badge?.problems ?? [],
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
    animated: false,
  }));
}

type EditorProps = {
  graphJson: string | undefined;
  analysisJson: string | undefined;
  layersJson: string | undefined;
  onChange: (json: string) => void;
};

function GraphEditor({ graphJson, analysisJson, layersJson, onChange }: EditorProps) {
  const doc = useMemo(() => parseJson<GraphDoc>(graphJson), [graphJson]);
  const analysis = useMemo(() => parseJson<CanvasAnalysis>(analysisJson), [analysisJson]);
  const layers = useMemo(
    () => new Map((parseJson<LayerInfo[]>(layersJson) ?? []).map((l) => [l.type, l] as const)),
    [layersJson],
  );

  // Drags live in local state; the document only changes when an edit is finished.
  const [nodes, setNodes] = useState<LayerFlowNode[]>([]);
  useEffect(() => {
    if (doc) setNodes(toFlowNodes(doc, analysis, layers));
  }, [doc, analysis, layers]);
  const edges = useMemo(() => (doc ? toFlowEdges(doc, analysis) : []), [doc, analysis]);

  const publish = useCallback((next: GraphDoc) => onChange(JSON.stringify(next)), [onChange]);

  const onNodesChange = useCallback(
    (changes: NodeChange<LayerFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );

  const onNodeDragStop = useCallback(
    (_event: React.MouseEvent, _node: LayerFlowNode, dragged: LayerFlowNode[]) => {
      if (!doc) return;
      const moved = new Map(dragged.map((n) => [n.id, n.position]));
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
      const port = doc.edges.filter((e) => e.target === connection.target).length;
      let id = `e-${connection.source}-${connection.target}`;
      for (let i = 2; doc.edges.some((e) => e.id === id); i++) id = `e-${connection.source}-${connection.target}-${i}`;
      publish({ ...doc, edges: [...doc.edges, { id, source: connection.source, target: connection.target, targetPort: port }] });
    },
    [doc, publish],
  );

  const onDelete = useCallback(
    ({ nodes: goneNodes, edges: goneEdges }: { nodes: LayerFlowNode[]; edges: Edge[] }) => {
      if (!doc) return;
      const nodeIds = new Set(goneNodes.map((n) => n.id));
      const edgeIds = new Set(goneEdges.map((e) => e.id));
      const keptEdges = doc.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
      // Renumber each target's remaining inputs so ports stay 0..n-1 in their original order.
      const renumbered = keptEdges.map((e) => ({
        ...e,
        targetPort: keptEdges
          .filter((o) => o.target === e.target && o.targetPort < e.targetPort).length,
      }));
      publish({ ...doc, nodes: doc.nodes.filter((n) => !nodeIds.has(n.id)), edges: renumbered });
    },
    [doc, publish],
  );

  if (!doc) {
    return <div className="dc-canvas-empty">Loading the graph…</div>;
  }
  return (
    <div className="dc-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDelete={onDelete}
        fitView
        fitViewOptions={{ padding: 0.25, maxZoom: 1.5 }}
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={18} size={1.2} />
        <MiniMap pannable zoomable nodeStrokeWidth={3} />
        <Controls />
      </ReactFlow>
    </div>
  );
}

class GraphCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks): React.ReactElement | null {
    const [graph, setGraph] = hooks.useState<string>('graph');
    const [analysis] = hooks.useState<string>('analysis');
    const [layers] = hooks.useState<string>('layers');
    return (
      <ReactFlowProvider>
        <GraphEditor graphJson={graph} analysisJson={analysis} layersJson={layers} onChange={setGraph} />
      </ReactFlowProvider>
    );
  }
}

customElements.define('dc-graph-canvas', GraphCanvasElement);
