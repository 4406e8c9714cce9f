// Entry of the bundled language server (dist/server.js), started by the VS Code client over IPC.
import { startJourneyLanguageServer } from './server.js';

startJourneyLanguageServer();
