import net from "node:net";

/** Bolt handshake: the magic preamble, then four version proposals (5.0–5.4, 4.4, none, none). */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00,
]);

/**
 * True when the server on host:port completes a Bolt handshake by picking one of our versions.
 * Anything else (another protocol, silence, a closed socket) is false within timeoutMs.
 */
export function speaksBolt(port: number, host: string, timeoutMs = 3_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    let reply = Buffer.alloc(0);
    const finish = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("error", () => finish(false));
    socket.once("connect", () => socket.write(HANDSHAKE));
    socket.on("data", (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length < 4) return;
      const [reserved, , minor, major] = reply;
      finish(reserved === 0 && (major === 5 || (major === 4 && minor === 4)));
    });
    socket.once("end", () => finish(false));
  });
}
