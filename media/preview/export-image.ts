/**
 * The current drawing as a file: SVG text at its natural size, or a PNG
 * drawn from that SVG onto a canvas (returned as a data URL).
 */
import { naturalSize } from './zoom-pan.js';

const PNG_SCALE = 2;

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
    canvas.width = Math.ceil(image.naturalWidth * PNG_SCALE);
    canvas.height = Math.ceil(image.naturalHeight * PNG_SCALE);
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
