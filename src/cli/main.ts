import { nodeIO } from './node-io';
import { run } from './run';
run(process.argv.slice(2), nodeIO()).then((code) => void (process.exitCode = code));
