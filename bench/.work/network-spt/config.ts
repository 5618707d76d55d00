import { genericStack, register } from "@mirage/mirage/config";
import { Network } from "./unikernel.ts";

// unix: the host's sockets by default; `mirage configure -t unix --net=direct` for our own
// TCP/IP over a TAP device (--interface=tap0 --ipv4=10.0.0.2/24 at boot).
export default register("network", Network, { stack: genericStack({ ipv4: "10.0.0.2/24", gateway: "10.0.0.1" }) });
