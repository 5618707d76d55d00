// A plain Linux TCP peer run inside the test namespace with `node peer-tcp.cjs MODE ...`:
//   serve PORT BYTES  — accept one connection, send BYTES pseudo-random bytes while reading
//                        everything; print the SHA-256 of what was sent and what was received
//   connect HOST PORT BYTES — the same as a client
// Pseudo-random data from a fixed seed, so both sides can compute the expected digest.
const net = require("node:net");
const crypto = require("node:crypto");
const [mode, a, b, c] = process.argv.slice(2);
const data = (n) => {
  const out = Buffer.alloc(n);
  let x = 0x12345678;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
};
const run = (socket, bytes) => {
  const sent = crypto.createHash("sha256");
  const got = crypto.createHash("sha256");
  let received = 0;
  const payload = data(bytes);
  sent.update(payload);
  socket.on("data", (d) => { got.update(d); received += d.length; });
  socket.on("end", () => {
    console.log(JSON.stringify({ sent: sent.digest("hex"), received: got.digest("hex"), receivedBytes: received }));
    socket.end();
  });
  socket.on("error", (e) => { console.error(String(e)); process.exit(2); });
  socket.end(payload);
};
if (mode === "serve") {
  const server = net.createServer({ allowHalfOpen: true }, (s) => { server.close(); run(s, Number(b)); });
  server.listen(Number(a), () => console.log("listening"));
} else {
  const s = net.connect({ host: a, port: Number(b), allowHalfOpen: true }, () => run(s, Number(c)));
  s.on("error", (e) => { console.error(String(e)); process.exit(2); });
}
