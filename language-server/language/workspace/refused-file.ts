/**
 * A workspace file that exists but is not read, and why (`reason` completes
 * "cannot read FILE: …"): a link whose target is outside the workspace, a
 * broken link, a FIFO or device, a file too large. The Node file system
 * throws it (node/workspace-file.ts); the CLI words it as an input error, the
 * server as a diagnostic on the file (unreadable-files.ts). A file that does
 * not exist at all is no RefusedFileError: it is simply not there.
 */
export class RefusedFileError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`cannot read ${path}: ${reason}`);
        this.name = 'RefusedFileError';
    }
}
