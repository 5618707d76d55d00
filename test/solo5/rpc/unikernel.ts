// typed-rpc, unchanged, as a control plane inside a unikernel: a client calls a service that
// reports status and sets log thresholds, through a transport that serialises every request
// and response as JSON text (as a wire would).
import { job, logger } from "@mirage/mirage";
import { parseLevels, setLevels, thresholdFor, currentLevels } from "@mirage/mirage-logs";
import { rpcClient, type RpcTransport } from "typed-rpc";
import { handleRpc } from "typed-rpc/server";

const log = logger("control");

const service = {
  status: (): { readonly uptimeMs: number; readonly app: string } => ({ uptimeMs: Math.round(performance.now()), app: "rpc-demo" }),
  setLogLevel: (spec: string): string => {
    const r = parseLevels(spec);
    if (!r.ok) throw new Error(r.error);
    setLevels(r.spec);
    return thresholdFor(currentLevels(), "control");
  },
};

const jsonTransport: RpcTransport = async (req, signal) => {
  if (signal.aborted) throw new Error("aborted");
  const wire = JSON.stringify(req);
  return JSON.parse(JSON.stringify(await handleRpc(JSON.parse(wire), service)));
};

export const RpcDemo = job({}, async () => {
  const client = rpcClient<typeof service>({ transport: jsonTransport });
  const status = await client.status();
  log.info(`status: ${status.app}`);
  log.info(`threshold now ${await client.setLogLevel("control:debug")}`);
  log.debug("a debug line, visible only after setLogLevel");
  try {
    await client.setLogLevel("control:loud");
  } catch (e) {
    log.info(`a bad level is an RPC error: ${(e as Error).message}`);
  }
});
