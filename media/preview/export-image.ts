/**
 * The current drawing as a file: SVG text at its natural size, or a PNG
 * drawn from that SVG onto a canvas (returned as a data URL).
 */
import { naturalSize } from './zoom-pan.js';

const PNG_SCALE = 2;
/** Chromium's largest canvas: 32,767 px a side and 268 million pixels in all (a wide map at 2× is beyond it). */
const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 268_000_000;

/** 2 image pixels per CSS pixel, less when the canvas could not hold that many. */
export function pngScale(width: number, height: number): number {
    const fits = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
    return Math.min(PNG_SCALE, Math.floor(fits * 100) / 100);
}

/** A standalone copy of the drawing: natural size, the page's background, no preview-only markup. */
export function serializeSvg(svg: SVGSVGElement, background: string): string {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const { width, height } = naturalSize(svg);
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    copy.style.maxWidth = '';
    copy.style.backgroundColor = background;
    for (const element of copy.querySelectorAll('[data-element]')) {
        element.removeAttribute('data-element');
        element.classList.remove('is-highlighted', 'is-navigable');
    }
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

export async function svgToPngDataUrl(svgText: string, background: string): Promise<string> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('The drawing could not be converted to PNG.'));
    });
    image.src = `data:image/svg+xml;base64,${base64Utf8(svgText)}`;
    await loaded;
    const canvas = document.createElement('canvas');
    const scale = pngScale(image.naturalWidth, image.naturalHeight);
    canvas.width = Math.floor(image.naturalWidth * scale);
    canvas.height = Math.floor(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas available for the PNG export.');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
}

function base64Utf8(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

/** In the exported HTML file there is no extension: the browser downloads the file itself. */
export function download(fileName: string, href: string): void {
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
}
