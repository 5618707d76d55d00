import { defaultPosixClock, genericKvRo, genericStack, register } from "@mirage/mirage/config";
import { StaticWebsite } from "./unikernel.ts";

export default register("static-website", StaticWebsite, {
  // The host's sockets on unix (--net=direct: our own TCP/IP over a TAP device); the direct stack elsewhere.
  stack: genericStack({ ipv4: "10.0.0.2/24", gateway: "10.0.0.1" }),
  // The htdocs directory at run time on unix, crunched into the image elsewhere.
  htdocs: genericKvRo("./htdocs"),
  clock: defaultPosixClock,
});
