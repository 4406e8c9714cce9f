// Types of scripts/code-server.mjs for the TypeScript end-to-end tests.

export const repoRoot: string;
export const codeServerBin: string;
export const vsixPath: string;
export const quietSettings: Record<string, unknown>;
/** Makes `folder` a git repository of its own with everything in it as one commit. */
export function commitAsNewRepository(folder: string, message: string): void;

export interface Profile {
    dir: string;
    config: string;
    userData: string;
    extensions: string;
    xdg: string;
}

export interface RunningCodeServer {
    /** Opens the workspace folder (and the requested file) in the browser. */
    url: string;
    port: number;
    pid: number;
    /** Everything code-server printed so far. */
    output(): string;
    /** Kills code-server's whole process group. Safe to call twice. */
    stop(): void;
    exited: Promise<unknown>;
}

export function chromiumOptions(viewport: { width: number; height: number }): {
    executablePath: string;
    headless: boolean;
    args: string[];
    viewport: { width: number; height: number };
};
export function ensureCodeServer(): void;
export function vsixIsCurrent(): boolean;
export function ensureVsix(options?: { force?: boolean }): string;
export function profileFolders(dir: string): Profile;
export function packageFolderExtension(folder: string, out: string): string;
export function prepareProfile(dir: string, options: { vsix: string | string[]; settings?: Record<string, unknown> }): Profile;
export function freePort(): Promise<number>;
export function startCodeServer(profile: Profile, options: {
    workspace: string;
    port?: number;
    openFile?: string;
    log?: (text: string) => void;
}): Promise<RunningCodeServer>;
