// A TCP echo server: every connection gets back what it sends, until it half-closes.
import { isLeft } from "fp-ts/Either";
import { arg, job, logger } from "@mirage/mirage";
import { ipv4Address, type TcpFlow } from "@mirage/tcpip";

const log = logger("network");

const echo = async (flow: TcpFlow): Promise<void> => {
  const peer = `${ipv4Address.toString(flow.remote.address)}:${flow.remote.port}`;
  let bytes = 0;
  for (;;) {
    const r = await flow.read();
    if (isLeft(r)) {
      log.warn(`connection from ${peer} failed: ${r.left.message}`);
      break;
    }
    if (r.right._tag === "Eof") break;
    bytes += r.right.data.length;
    const w = await flow.write(r.right.data);
    if (isLeft(w)) {
      log.warn(`cannot answer ${peer}: ${w.left.message}`);
      break;
    }
  }
  await flow.close();
  log.info(`connection from ${peer} closed`, { bytes });
};

export const Network = job(
  { stack: "stackv4" },
  { args: { port: arg.port({ doc: "the TCP port to echo on", default: 8080 }) } },
  async ({ stack }, { port }) => {
    const listening = await stack.tcp.listen(port, echo);
    if (isLeft(listening)) throw new Error(listening.left.message);
    log.info(`echoing on TCP port ${port}`);
    // Serve until the unikernel is stopped.
    await new Promise<never>(() => {});
  },
);
