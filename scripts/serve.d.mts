// Types for scripts/serve.mjs, so that tests written in TypeScript can import it.
import type { IncomingMessage, ServerResponse } from 'node:http';
export function cacheControl(pathname: string): string;
export function galleryHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void;
