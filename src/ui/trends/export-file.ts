// Saving what the views show: CSV text, the chart as SVG, the chart as PNG (the SVG drawn on a
// canvas at twice its size). Downloads go through a temporary object URL and an <a download>.

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveCsv(csv: string, fileName: string): void {
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.viewBox.baseVal;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

export function saveSvg(svg: SVGSVGElement, fileName: string): void {
  saveBlob(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

export async function savePng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const box = svg.viewBox.baseVal;
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = box.width * 2;
    canvas.height = box.height * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, box.width, box.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) saveBlob(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name safe on every system: the view's name, its terms or category, today's date. */
export function exportName(base: string, ext: string): string {
  const safe = base.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  return `${safe}_${new Date().toISOString().slice(0, 10)}.${ext}`;
}
