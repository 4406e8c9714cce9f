/** A CSS file imported `with { type: 'text' }` (esbuild's text loader): its source text. */
declare module '*.css' {
    const text: string;
    export default text;
}
