/** Writes dist/cli/main.js and its chunks (see build-cli.js). */
export declare function buildCli(): Promise<void>;
export default buildCli;
