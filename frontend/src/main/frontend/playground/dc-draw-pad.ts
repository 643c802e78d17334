/**
 * A small drawing surface for the playground: white strokes on black, like MNIST digits. After each stroke it
 * sends the drawing shrunk to size×size grey values in [0, 1] (row by row) in a "drawing-changed" event.
 */
class DcDrawPad extends HTMLElement {
  private canvas: HTMLCanvasElement | null = null;
  private drawing = false;

  connectedCallback() {
    if (this.canvas) {
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = 224;
    canvas.height = 224;
    canvas.style.touchAction = 'none';
    canvas.style.borderRadius = '6px';
    canvas.style.cursor = 'crosshair';
    this.canvas = canvas;
    this.appendChild(canvas);
    this.clear();
    canvas.addEventListener('pointerdown', (e) => {
      this.drawing = true;
      canvas.setPointerCapture(e.pointerId);
      this.stroke(e, true);
    });
    canvas.addEventListener('pointermove', (e) => this.drawing && this.stroke(e, false));
    canvas.addEventListener('pointerup', () => {
      this.drawing = false;
      this.send();
    });
  }

  clear() {
    const ctx = this.canvas?.getContext('2d');
    if (ctx && this.canvas) {
      ctx.fillStyle = 'black';
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    }
  }

  private stroke(e: PointerEvent, start: boolean) {
    const ctx = this.canvas!.getContext('2d')!;
    const rect = this.canvas!.getBoundingClientRect();
    const x = ((e.clientX - rect.left) * this.canvas!.width) / rect.width;
    const y = ((e.clientY - rect.top) * this.canvas!.height) / rect.height;
    ctx.strokeStyle = 'white';
    ctx.lineWidth = 18;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    if (start) {
      ctx.beginPath();
      ctx.moveTo(x, y);
    }
    ctx.lineTo(x, y);
    ctx.stroke();
  }

  private send() {
    const size = Number(this.getAttribute('size') || '28');
    const small = document.createElement('canvas');
    small.width = size;
    small.height = size;
    const ctx = small.getContext('2d')!;
    ctx.drawImage(this.canvas!, 0, 0, size, size);
    const data = ctx.getImageData(0, 0, size, size).data;
    const grey: string[] = [];
    for (let i = 0; i < data.length; i += 4) {
      grey.push((data[i] / 255).toFixed(3));
    }
    this.dispatchEvent(new CustomEvent('drawing-changed', { detail: { pixels: grey.join(',') } }));
  }
}

if (!customElements.get('dc-draw-pad')) {
  customElements.define('dc-draw-pad', DcDrawPad);
}
