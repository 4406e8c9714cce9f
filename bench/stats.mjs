// Summary statistics for repeated measurements.
export function summarize(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    return { n: sorted.length, median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

export const ms = value => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const mb = bytes => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`;
