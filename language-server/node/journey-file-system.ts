import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';

/**
 * Node's file system as Langium reads workspace files, minus the byte order
 * mark: editors hide it, so a BOM left in the text would shift every column of
 * line 1 by one in what the server reports about files the editor has not
 * opened (diagnostics, definitions in a library file). The CLI strips it too.
 */
export class JourneyFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return withoutBom(await super.readFile(uri));
    }

    override readFileSync(uri: URI): string {
        return withoutBom(super.readFileSync(uri));
    }
}

/** Drop-in for Langium's `NodeFileSystem` context. */
export const JourneyNodeFileSystem = {
    fileSystemProvider: () => new JourneyFileSystemProvider()
};

function withoutBom(text: string): string {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
