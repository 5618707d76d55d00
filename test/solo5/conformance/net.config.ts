// The net conformance suite in a Solo5 guest (unikernel.ts), over eight pairs of net devices:
//   mirage configure -t spt -f net.config.ts && mirage build
//   mirage run --net:a0=TAP --net:b0=TAP ... --net:b7=TAP
// where each aN/bN pair of TAPs is bridged (root: see ../conformance.test.ts).
import { netif, register } from "@mirage/mirage/config";
import { NetConformance } from "./unikernel.ts";

export default register("net-conformance", NetConformance, {
  a0: netif("a0"), b0: netif("b0"), a1: netif("a1"), b1: netif("b1"),
  a2: netif("a2"), b2: netif("b2"), a3: netif("a3"), b3: netif("b3"),
  a4: netif("a4"), b4: netif("b4"), a5: netif("a5"), b5: netif("b5"),
  a6: netif("a6"), b6: netif("b6"), a7: netif("a7"), b7: netif("b7"),
});
