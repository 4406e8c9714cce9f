/**
 * Just enough of the `vscode` API for the preview panel's unit tests: URIs,
 * ranges, events, a recording window and a webview panel whose messages can
 * be inspected and answered.
 */
import { fromWebviewWire } from '../../../../language-server/protocol/index.js';

type Listener<T> = (value: T) => void;

export class EventEmitter<T> {
    private listeners: Array<Listener<T>> = [];
    readonly event = (listener: Listener<T>) => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter(candidate => candidate !== listener); } };
    };
    fire(value: T): void {
        for (const listener of [...this.listeners]) listener(value);
    }
    dispose(): void {
        this.listeners = [];
    }
}

export class Uri {
    private constructor(readonly scheme: string, readonly path: string) {}
    static parse(text: string): Uri {
        const match = /^([a-z-]+):\/\/(.*)$/.exec(text);
        return match ? new Uri(match[1], match[2]) : new Uri('file', text);
    }
    static file(path: string): Uri {
        return new Uri('file', path);
    }
    static joinPath(base: Uri, ...segments: string[]): Uri {
        return new Uri(base.scheme, [base.path, ...segments].join('/'));
    }
    with(change: { path?: string }): Uri {
        return new Uri(this.scheme, change.path ?? this.path);
    }
    get fsPath(): string {
        return this.path;
    }
    toString(): string {
        return `${this.scheme}://${this.path}`;
    }
}

export class Position {
    constructor(readonly line: number, readonly character: number) {}
}

export class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
        this.start = new Position(startLine, startCharacter);
        this.end = new Position(endLine, endCharacter);
    }
}

export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2 }

export const selectionChanges = new EventEmitter<unknown>();
export const shown: Array<{ uri: string; options: { viewColumn: number; selection: Range } }> = [];
export const errors: string[] = [];

export const activeEditorChanges = new EventEmitter<unknown>();
/** Panels the code under test created with `window.createWebviewPanel`. */
export const createdPanels: FakePanel[] = [];

export const window = {
    visibleTextEditors: [] as unknown[],
    activeTextEditor: undefined as unknown,
    onDidChangeTextEditorSelection: selectionChanges.event,
    onDidChangeActiveTextEditor: activeEditorChanges.event,
    createWebviewPanel(_viewType: string, title: string) {
        const panel = new FakePanel();
        panel.title = title;
        createdPanels.push(panel);
        return panel;
    },
    registerWebviewPanelSerializer: () => ({ dispose: () => undefined }),
    showInformationMessage: async (message: string) => { errors.push(message); return undefined; },
    async showTextDocument(uri: Uri, options: { viewColumn: number; selection: Range }) {
        shown.push({ uri: uri.toString(), options });
        return { revealRange: () => undefined };
    },
    showErrorMessage: async (message: string) => { errors.push(message); return undefined; }
};

/** Commands registered by the code under test, run with `commands.executeCommand` as VS Code would. */
export const registeredCommands = new Map<string, (...args: unknown[]) => unknown>();
export const commands = {
    registerCommand(id: string, callback: (...args: unknown[]) => unknown) {
        registeredCommands.set(id, callback);
        return { dispose: () => registeredCommands.delete(id) };
    },
    async executeCommand(id: string, ...args: unknown[]) {
        const command = registeredCommands.get(id);
        if (!command) throw new Error(`command '${id}' not found`);
        return command(...args);
    },
    getCommands: async () => [...registeredCommands.keys()]
};

export const settings: Record<string, unknown> = {};
/** The workspace folder holding the test documents (file:///workspace/…). */
export const workspaceFolder = { uri: Uri.file('/workspace'), name: 'workspace', index: 0 };
export const workspace = {
    getWorkspaceFolder: (uri: Uri) => (uri.scheme === 'file' && uri.path.startsWith('/workspace/') ? workspaceFolder : undefined),
    getConfiguration: (section: string) => ({
        get: <T>(key: string, fallback: T): T => (settings[`${section}.${key}`] as T | undefined) ?? fallback
    })
};

/** A webview panel that records what the extension posts (as posted, and as the webview reads it) and lets a test play the webview. */
export class FakePanel {
    /** The values posted, as they travel (webview-wire.ts). */
    readonly wire: unknown[] = [];
    /** The messages the webview reads from them (an unreadable value is kept as `{ unreadable }`). */
    readonly posted: unknown[] = [];
    readonly receive = new EventEmitter<unknown>();
    readonly disposeEvents = new EventEmitter<void>();
    readonly viewStateEvents = new EventEmitter<unknown>();
    title = '';
    iconPath: unknown;
    active = false;
    visible = true;
    viewColumn = ViewColumn.Two;
    /** How often the code under test brought the panel to the front. */
    reveals = 0;
    readonly webview = {
        options: {} as unknown,
        html: '',
        cspSource: 'vscode-webview://test',
        asWebviewUri: (uri: Uri) => uri,
        postMessage: async (value: unknown) => {
            this.wire.push(value);
            this.posted.push(fromWebviewWire(value) ?? { unreadable: value });
            return true;
        },
        onDidReceiveMessage: this.receive.event
    };
    readonly onDidDispose = this.disposeEvents.event;
    readonly onDidChangeViewState = this.viewStateEvents.event;
    reveal(): void {
        this.reveals++;
    }
    dispose(): void {
        this.disposeEvents.fire();
    }
}
